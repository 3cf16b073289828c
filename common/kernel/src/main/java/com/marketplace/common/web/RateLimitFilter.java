package com.marketplace.common.web;

import com.marketplace.common.api.RequestContext;
import com.marketplace.common.metrics.BusinessMetrics;
import com.marketplace.common.ratelimit.ClusterRateLimits;
import com.marketplace.common.ratelimit.RateLimiter;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Rate limits for signed-in callers, after the access policy (a refused request costs nothing) and
 * before the idempotency claim and the route: over budget is 429 {@code errMsg_tooManyRequests}
 * with {@code Retry-After} in seconds. Anonymous requests (public routes, the Stripe webhook) are
 * not counted here.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class RateLimitFilter implements ContainerRequestFilter {

  @Inject RequestContext request;
  @Inject ClusterRateLimits limits;
  @Inject BusinessMetrics metrics;

  @Override
  public void filter(ContainerRequestContext context) {
    if (request.caller().isEmpty()) {
      return;
    }
    String path = context.getUriInfo().getRequestUri().getRawPath();
    limits
        .refusal(context.getMethod(), path, request.caller().get())
        .ifPresent(
            refusal -> {
              metrics.rateLimitRefusal(refusal.scope());
              context.abortWith(tooManyRequests(refusal));
            });
  }

  private static Response tooManyRequests(RateLimiter.Refusal refusal) {
    Response envelope =
        ErrorEnvelope.of(
            429,
            "errMsg_tooManyRequests",
            "Too many requests: the "
                + refusal.scope()
                + " budget of "
                + refusal.limit()
                + " is spent; retry in "
                + refusal.retryAfterSeconds()
                + " s");
    return Response.fromResponse(envelope)
        .header("Retry-After", Long.toString(refusal.retryAfterSeconds()))
        .build();
  }
}
