package com.marketplace.common.web;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not JSON, or whose values have the wrong type or an unknown enum name: 400 with
 * what went wrong, stripped of Java class names.
 */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<ProcessingException> {

  @Override
  public Response toResponse(ProcessingException e) {
    return ErrorEnvelope.of(400, "errMsg_malformedRequest", describe(e));
  }

  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("");
    String readable = message.replaceAll("(?:[a-z_$][\\w$]*\\.)+([A-Z][\\w$]*)", "$1").strip();
    return readable.isEmpty()
        ? "The request body is not valid JSON for this route"
        : "The request body is not valid for this route: " + readable;
  }
}
