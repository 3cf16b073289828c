package com.marketplace.common.web;

import com.marketplace.common.api.RequestContext;
import com.marketplace.common.security.Caller;
import com.marketplace.common.security.LocatedToken.Place;
import com.marketplace.common.security.TokenAuthenticationMechanism;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Applies the {@link CrossSiteRequestPolicy}: right after the caller is known, before the access
 * policy, and before anything reads the body or writes, a forged cookie write is answered 403
 * {@code errMsg_crossSiteRequestRefused}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 50)
public class CrossSiteRequestFilter implements ContainerRequestFilter {

  private final CrossSiteRequestPolicy policy = new CrossSiteRequestPolicy(CorsPolicy.configured());

  @Inject RequestContext request;
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext context) {
    var checked =
        new CrossSiteRequestPolicy.Request(
            context.getMethod(),
            (Place) servletRequest.getAttribute(TokenAuthenticationMechanism.PLACE),
            context.getHeaderString("Origin"),
            context.getHeaderString("Referer"),
            CrossSiteRequestPolicy.ownOrigin(context.getUriInfo().getBaseUri()),
            request.caller().map(Caller::tenantId));
    policy
        .refusal(checked)
        .ifPresent(
            detail ->
                context.abortWith(ErrorEnvelope.of(403, "errMsg_crossSiteRequestRefused", detail)));
  }
}
