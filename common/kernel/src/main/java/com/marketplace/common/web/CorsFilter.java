package com.marketplace.common.web;

import com.marketplace.common.api.RequestContext;
import com.marketplace.common.security.Caller;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * CORS for the tenants' browser frontends: answers preflights and marks responses for the origins
 * the {@link CorsPolicy} allows (configured by {@code CORS_ALLOWED_ORIGINS} and {@code
 * CORS_TENANT_ORIGINS}). Responses to other origins carry no CORS headers at all.
 */
@Provider
@PreMatching
public class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

  static final String ALLOWED_HEADERS =
      "Authorization, Content-Type, Idempotency-Key, X-Request-Id,"
          + " tutorhub-access-token, airbnb3-access-token";
  static final String EXPOSED_HEADERS = "X-Request-Id, Idempotent-Replayed";
  static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";

  private final CorsPolicy policy;

  @Inject RequestContext request;

  public CorsFilter() {
    policy = CorsPolicy.configured();
  }

  @Override
  public void filter(ContainerRequestContext context) {
    String origin = context.getHeaderString("Origin");
    boolean preflight =
        HttpMethod.OPTIONS.equals(context.getMethod())
            && origin != null
            && context.getHeaderString("Access-Control-Request-Method") != null;
    if (!preflight) {
      return;
    }
    if (!policy.allowsPreflight(origin)) {
      context.abortWith(
          ErrorEnvelope.of(403, "errMsg_originNotAllowed", "Origin " + origin + " is not allowed"));
      return;
    }
    Response.ResponseBuilder answer =
        Response.noContent()
            .header("Access-Control-Allow-Methods", ALLOWED_METHODS)
            .header("Access-Control-Allow-Headers", ALLOWED_HEADERS)
            .header("Access-Control-Max-Age", "600");
    context.abortWith(answer.build());
  }

  @Override
  public void filter(ContainerRequestContext context, ContainerResponseContext response) {
    String origin = context.getHeaderString("Origin");
    MultivaluedMap<String, Object> headers = response.getHeaders();
    headers.add("Vary", "Origin");
    if (origin == null || !policy.allows(origin, request.caller().map(Caller::tenantId))) {
      return;
    }
    headers.putSingle("Access-Control-Allow-Origin", origin);
    headers.putSingle("Access-Control-Allow-Credentials", "true");
    headers.putSingle("Access-Control-Expose-Headers", EXPOSED_HEADERS);
  }
}
