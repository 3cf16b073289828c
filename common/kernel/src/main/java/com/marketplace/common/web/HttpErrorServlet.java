package com.marketplace.common.web;

import com.marketplace.common.logging.ContextLoggers;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every module's error page ({@code <error-page>} in its {@code web.xml}): what the web container
 * itself refuses or fails at, before or outside JAX-RS, answers the spec's envelope instead of the
 * server's HTML page with its name and version. An exception is logged under an incident id, as
 * {@link UnexpectedErrorMapper} does, and never shown.
 */
public class HttpErrorServlet extends HttpServlet {

  private static final Logger LOG = ContextLoggers.of(HttpErrorServlet.class);

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    int status = code instanceof Integer i && i >= 400 && i <= 599 ? i : 404;
    if (code == null) {
      // requested directly rather than dispatched as an error page: there is no such route
      status = 404;
    }
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    if (failure != null || status >= 500 && status != 503) {
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Server error page, incident " + incident, failure);
      ErrorEnvelope.write(
          response, 500, "errMsg_internalError", "Unexpected error; quote incident " + incident);
      return;
    }
    HttpErrors.Answer answer = HttpErrors.answer(status);
    ErrorEnvelope.write(response, status, answer.messageKey(), answer.detail());
  }
}
