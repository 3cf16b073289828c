package com.marketplace.payments.stripe.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a method and a path template such as {@code /v1/payment_intents/{id}/confirm} to an
 * endpoint.
 */
final class Router {

  /** Handles one request; signals failures by throwing {@link StripeApiError}. */
  @FunctionalInterface
  interface Endpoint {
    ApiResponse handle(ApiRequest request);
  }

  private record Route(String method, Pattern pattern, Endpoint endpoint) {}

  private final List<Route> routes = new ArrayList<>();

  void add(String method, String template, Endpoint endpoint) {
    String regex = template.replaceAll("\\{[^/]+}", "([^/]+)");
    routes.add(new Route(method, Pattern.compile(regex), endpoint));
  }

  ApiResponse dispatch(ApiRequest request) {
    for (Route route : routes) {
      Matcher matcher = route.pattern.matcher(request.path());
      if (matcher.matches() && route.method.equals(request.method())) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= matcher.groupCount(); i++) {
          values.add(matcher.group(i));
        }
        return route.endpoint.handle(request.withPathParams(values));
      }
    }
    // Stripe answers 404 for unknown URLs and for known URLs called with another method alike.
    throw StripeApiError.notFound(
        "Unrecognized request URL ("
            + request.method()
            + ": "
            + request.path()
            + "). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.");
  }
}
