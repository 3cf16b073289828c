package com.marketplace.common.web;

import com.marketplace.common.api.RequestContext;
import com.marketplace.common.logging.ContextLoggers;
import com.marketplace.common.persistence.DatabaseUnavailableException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * The database is away (restarting, unreachable, out of connections): 503 with the envelope and a
 * {@code Retry-After}, so that clients and load balancers back off and retry instead of reporting a
 * defect. The request did not take effect (its transaction rolled back) unless it is retried.
 */
@Provider
public class DatabaseUnavailableMapper implements ExceptionMapper<DatabaseUnavailableException> {

  static final String MESSAGE_KEY = "errMsg_databaseUnavailable";
  static final int RETRY_AFTER_SECONDS = 5;
  private static final Logger LOG = ContextLoggers.of(DatabaseUnavailableMapper.class);

  @Inject RequestContext request;

  @Override
  public Response toResponse(DatabaseUnavailableException e) {
    return unavailable(e, request.requestId());
  }

  /** No stack trace in the log: while the database is away every request would write one. */
  static Response unavailable(Throwable e, String requestId) {
    LOG.warning(() -> "Database unavailable, requestId " + requestId + ": " + rootMessage(e));
    return Response.fromResponse(
            ErrorEnvelope.of(
                503,
                MESSAGE_KEY,
                "The database is unavailable; retry in " + RETRY_AFTER_SECONDS + " seconds"))
        .header("Retry-After", RETRY_AFTER_SECONDS)
        .build();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getName() + ": " + root.getMessage();
  }
}
