package com.marketplace.payments.stripe.emulator;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.stream.Collectors;

/** {@code /v1/charges}: read-only, charges are created by confirming PaymentIntents. */
final class ChargeEndpoints {

  private final Store store;
  private final Expander expander;

  ChargeEndpoints(Store store, Expander expander) {
    this.store = store;
    this.expander = expander;
  }

  void register(Router router) {
    router.add("GET", "/v1/charges", this::list);
    router.add("GET", "/v1/charges/{id}", this::retrieve);
  }

  private ApiResponse retrieve(ApiRequest request) {
    JsonObject charge = store.require(ObjectKind.CHARGE, request.id(), "id");
    return ApiResponse.ok(expander.expand(charge, request.params()));
  }

  private ApiResponse list(ApiRequest request) {
    Params params = request.params();
    String intent = params.string("payment_intent");
    String customer = params.string("customer");
    List<JsonObject> matching =
        store.newestFirst(ObjectKind.CHARGE).stream()
            .filter(
                charge -> intent == null || intent.equals(Json.string(charge, "payment_intent")))
            .filter(charge -> customer == null || customer.equals(Json.string(charge, "customer")))
            .collect(Collectors.toList());
    return ApiResponse.ok(expander.expand(Lists.page(matching, params, "/v1/charges"), params));
  }
}
