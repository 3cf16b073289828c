package com.marketplace.common.web;

import com.marketplace.common.api.RequestContext;
import com.marketplace.common.logging.ContextLoggers;
import com.marketplace.common.persistence.DatabaseFaults;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything nobody foresaw: 500 without internals (or 503 when it is the database being away). The
 * log has the stack trace under an incident id that the client also gets, so support can find it.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = ContextLoggers.of(UnexpectedErrorMapper.class);

  @Inject RequestContext request;

  @Override
  public Response toResponse(Throwable e) {
    return internalError(e, request.requestId());
  }

  static Response internalError(Throwable e, String requestId) {
    if (DatabaseFaults.isUnavailable(e)) {
      return DatabaseUnavailableMapper.unavailable(e, requestId);
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, incident " + incident + ", requestId " + requestId, e);
    return ErrorEnvelope.of(
        500, "errMsg_internalError", "Unexpected error; quote incident " + incident);
  }
}
