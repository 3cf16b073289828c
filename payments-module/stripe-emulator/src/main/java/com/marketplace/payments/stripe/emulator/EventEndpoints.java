package com.marketplace.payments.stripe.emulator;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.stream.Collectors;

/** {@code /v1/events}: every event the emulator emitted, as Stripe keeps them for retrieval. */
final class EventEndpoints {

  private final Store store;

  EventEndpoints(Store store) {
    this.store = store;
  }

  void register(Router router) {
    router.add("GET", "/v1/events", this::list);
    router.add("GET", "/v1/events/{id}", this::retrieve);
  }

  private ApiResponse retrieve(ApiRequest request) {
    return ApiResponse.ok(store.require(ObjectKind.EVENT, request.id(), "id").deepCopy());
  }

  private ApiResponse list(ApiRequest request) {
    Params params = request.params();
    String type = params.string("type");
    List<String> types = params.list("types");
    List<JsonObject> matching =
        store.newestFirst(ObjectKind.EVENT).stream()
            .filter(event -> type == null || matches(type, Json.string(event, "type")))
            .filter(event -> types.isEmpty() || types.contains(Json.string(event, "type")))
            .collect(Collectors.toList());
    return ApiResponse.ok(Lists.page(matching, params, "/v1/events"));
  }

  /** Stripe's {@code type} filter takes one {@code *} wildcard, e.g. {@code payment_intent.*}. */
  private static boolean matches(String filter, String type) {
    if (!filter.contains("*")) {
      return filter.equals(type);
    }
    int star = filter.indexOf('*');
    String prefix = filter.substring(0, star);
    String suffix = filter.substring(star + 1);
    return type.length() >= prefix.length() + suffix.length()
        && type.startsWith(prefix)
        && type.endsWith(suffix);
  }
}
