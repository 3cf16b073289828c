package com.marketplace.common.web;

import com.marketplace.common.api.RequestContext;
import com.marketplace.common.security.AllowedRoles;
import com.marketplace.common.security.Caller;
import com.marketplace.common.security.InvalidTokenException;
import com.marketplace.common.security.PublicRoute;
import com.marketplace.common.security.TokenAuthenticationMechanism;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Deny by default: a route is public only when marked {@link PublicRoute}; every other route needs
 * a valid token (401 otherwise), and one marked {@link AllowedRoles} also one of those roles (403
 * otherwise). Method annotations take precedence over class annotations.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessPolicyFilter implements ContainerRequestFilter {

  @Inject RequestContext request;
  @Context ResourceInfo resource;
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext context) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return; // no route matched: JAX-RS answers 404
    }
    AnnotatedElement rules = hasPolicy(method) ? method : resource.getResourceClass();
    if (rules.isAnnotationPresent(PublicRoute.class)) {
      return;
    }
    if (request.caller().isEmpty()) {
      context.abortWith(unauthenticated());
      return;
    }
    if (!hasAllowedRole(rules, request.caller().get())) {
      context.abortWith(
          ErrorEnvelope.of(403, "errMsg_forbidden", "Your roles do not allow this route"));
    }
  }

  private jakarta.ws.rs.core.Response unauthenticated() {
    Object failure = servletRequest.getAttribute(TokenAuthenticationMechanism.FAILURE);
    if (failure instanceof InvalidTokenException invalid) {
      return ErrorEnvelope.of(401, "errMsg_invalidToken", invalid.getMessage());
    }
    return ErrorEnvelope.of(401, "errMsg_loginRequired", "No login found");
  }

  private static boolean hasPolicy(Method method) {
    return method.isAnnotationPresent(PublicRoute.class)
        || method.isAnnotationPresent(AllowedRoles.class);
  }

  private static boolean hasAllowedRole(AnnotatedElement rules, Caller caller) {
    AllowedRoles allowed = rules.getAnnotation(AllowedRoles.class);
    return allowed == null || Arrays.stream(allowed.value()).anyMatch(caller::hasRole);
  }
}
