package com.marketplace.common.web;

import com.marketplace.common.api.CacheKey;
import com.marketplace.common.api.CommonParameters;
import com.marketplace.common.api.RequestContext;
import com.marketplace.common.logging.LogContext;
import com.marketplace.common.metrics.RouteTemplate;
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
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * First thing on every request: reads the common parameters (400 when invalid), the request id and
 * the caller the authentication mechanism verified; last thing: echoes the request id and queues
 * the access log line ({@link AccessLog}).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class KernelRequestFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String TRACE_ID = KernelRequestFilter.class.getName() + ".traceId";

  @Inject RequestContext request;
  @Inject AccessLog accessLog;
  @Context HttpServletRequest servletRequest;
  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext context) {
    // first: the checks below may end the request
    String traceId = RequestSpans.begin(context, () -> route(context));
    context.setProperty(TRACE_ID, traceId);
    Caller caller =
        callerOf((VerifiedToken) servletRequest.getAttribute(TokenAuthenticationMechanism.TOKEN));
    var query = context.getUriInfo().getQueryParameters();
    QueryValues.refuseNul(query);
    String cacheKey =
        CacheKey.of(
            context.getMethod(), context.getUriInfo().getRequestUri().getPath(), query, caller);
    request.begin(
        context.getMethod(),
        CommonParameters.parse(query::getFirst),
        caller,
        verificationNanos(),
        cacheKey);
    LogContext.begin(request.requestId(), caller == null ? null : caller.tenantId(), traceId);
  }

  @Override
  public void filter(ContainerRequestContext context, ContainerResponseContext response) {
    response.getHeaders().putSingle("X-Request-Id", request.requestId());
    try {
      // the path as sent (still %-encoded): a client cannot start a new log line with %0A
      accessLog.record(
          new AccessLog.Entry(
              context.getMethod(),
              context.getUriInfo().getRequestUri().getRawPath(),
              response.getStatus(),
              request.elapsedMillis(),
              request.requestId(),
              // Payara may have closed its span's scope by now
              (String) context.getProperty(TRACE_ID),
              request.caller().map(c -> c.userId() + "@" + c.tenantId()).orElse("anonymous")));
    } finally {
      LogContext.end();
      RequestSpans.end(context, response.getStatus());
    }
  }

  private String route(ContainerRequestContext context) {
    return resource.getResourceMethod() == null
        ? context.getMethod() + " " + RouteTemplate.UNMATCHED
        : RouteTemplate.of(
            context.getMethod(),
            ModuleRoot.path(servletRequest),
            resource.getResourceClass(),
            resource.getResourceMethod());
  }

  private long verificationNanos() {
    return servletRequest.getAttribute(TokenAuthenticationMechanism.VERIFICATION_NANOS)
            instanceof Long nanos
        ? nanos
        : 0;
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
