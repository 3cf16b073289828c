package com.marketplace.common.web;

import com.marketplace.common.api.CommonParameters;
import com.marketplace.common.api.RequestContext;
import com.marketplace.common.logging.ContextLoggers;
import com.marketplace.common.logging.LogContext;
import com.marketplace.common.security.Caller;
import com.marketplace.common.security.TokenAuthenticationMechanism;
import com.marketplace.common.security.VerifiedToken;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * First thing on every request: reads the common parameters (400 when invalid), the request id and
 * the caller the authentication mechanism verified; last thing: echoes the request id and writes
 * the access log line.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class KernelRequestFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private static final Logger ACCESS_LOG = ContextLoggers.named("com.marketplace.access");

  @Inject RequestContext request;
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext context) {
    Caller caller =
        callerOf((VerifiedToken) servletRequest.getAttribute(TokenAuthenticationMechanism.TOKEN));
    var query = context.getUriInfo().getQueryParameters();
    QueryValues.refuseNul(query);
    request.begin(context.getMethod(), CommonParameters.parse(query::getFirst), caller);
    LogContext.begin(request.requestId(), caller == null ? null : caller.tenantId());
  }

  @Override
  public void filter(ContainerRequestContext context, ContainerResponseContext response) {
    response.getHeaders().putSingle("X-Request-Id", request.requestId());
    try {
      logAccess(context, response);
    } finally {
      LogContext.end();
    }
  }

  /** The path as sent (still %-encoded): a client cannot start a new log line with %0A. */
  private void logAccess(ContainerRequestContext context, ContainerResponseContext response) {
    ACCESS_LOG.info(
        () ->
            String.format(
                "%s %s -> %d in %d ms, requestId=%s, user=%s",
                context.getMethod(),
                context.getUriInfo().getRequestUri().getRawPath(),
                response.getStatus(),
                request.elapsedMillis(),
                request.requestId(),
                request.caller().map(c -> c.userId() + "@" + c.tenantId()).orElse("anonymous")));
  }

  private static Caller callerOf(VerifiedToken token) {
    if (token == null) {
      return null;
    }
    return new Caller(
        token.userId(),
        token.tenantId(),
        token.roles(),
        token.sessionId(),
        token.email(),
        token.fullname(),
        token.raw());
  }
}
