package com.marketplace.common.web;

import com.marketplace.common.api.RequestContext;
import com.marketplace.common.metrics.RouteTemplate;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Times every request by the route it matched ({@code marketplace.requests}) and counts its 4xx and
 * 5xx answers ({@code marketplace.request.errors}). The instruments of a route are looked up once
 * and kept by resource method, so a request costs two map reads and a timer update. One instance
 * per module's JAX-RS application, so the kernel's shared resources are counted per module.
 */
@Provider
public class RouteMetricsFilter implements ContainerResponseFilter {

  static final String REQUESTS = "marketplace.requests";
  static final String ERRORS = "marketplace.request.errors";

  @Inject RequestContext request;
  @Inject MetricRegistry registry;
  @Context ResourceInfo resource;
  @Context HttpServletRequest servletRequest;

  private final Map<Method, Route> routes = new ConcurrentHashMap<>();
  private final Map<String, Route> unmatched = new ConcurrentHashMap<>();

  @Override
  public void filter(ContainerRequestContext context, ContainerResponseContext response) {
    Route route = route(context.getMethod());
    route.timer.update(Duration.ofNanos(request.elapsedNanos()));
    int status = response.getStatus();
    if (status >= 500) {
      route.serverErrors().inc();
    } else if (status >= 400) {
      route.clientErrors().inc();
    }
  }

  private Route route(String httpMethod) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return unmatched.computeIfAbsent(
          httpMethod, m -> new Route(registry, m + " " + RouteTemplate.UNMATCHED));
    }
    return routes.computeIfAbsent(
        method,
        m ->
            new Route(
                registry,
                RouteTemplate.of(
                    httpMethod, ModuleRoot.path(servletRequest), resource.getResourceClass(), m)));
  }

  /** A route's instruments; the error counters appear with the route's first error of a kind. */
  private static final class Route {
    private final MetricRegistry registry;
    private final Tag tag;
    final Timer timer;
    private volatile Counter clientErrors;
    private volatile Counter serverErrors;

    Route(MetricRegistry registry, String template) {
      this.registry = registry;
      this.tag = new Tag("route", template);
      this.timer = registry.timer(REQUESTS, tag);
    }

    Counter clientErrors() {
      if (clientErrors == null) {
        clientErrors = registry.counter(ERRORS, tag, new Tag("status", "4xx"));
      }
      return clientErrors;
    }

    Counter serverErrors() {
      if (serverErrors == null) {
        serverErrors = registry.counter(ERRORS, tag, new Tag("status", "5xx"));
      }
      return serverErrors;
    }
  }
}
