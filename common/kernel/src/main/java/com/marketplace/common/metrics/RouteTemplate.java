package com.marketplace.common.metrics;

import jakarta.ws.rs.Path;
import java.lang.reflect.Method;

/**
 * The route a request matched, as the API declares it ({@code GET /booking/v1/reservations/{id}}):
 * one metric series per route, however many ids clients send.
 */
public final class RouteTemplate {

  /** Requests that matched no resource method (404, 405, preflights answered by a filter). */
  public static final String UNMATCHED = "unmatched";

  private RouteTemplate() {}

  /**
   * @param modulePath the path the module is served under, e.g. {@code /booking}
   */
  public static String of(String httpMethod, String modulePath, Class<?> resource, Method method) {
    StringBuilder route = new StringBuilder(httpMethod).append(' ').append(modulePath);
    append(route, resource.getAnnotation(Path.class));
    append(route, method.getAnnotation(Path.class));
    return route.toString();
  }

  private static void append(StringBuilder route, Path path) {
    if (path == null) {
      return;
    }
    String value = path.value();
    if (value.isEmpty() || value.equals("/")) {
      return;
    }
    if (route.charAt(route.length() - 1) != '/' && !value.startsWith("/")) {
      route.append('/');
    }
    route.append(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
  }
}
