package com.marketplace.payments.stripe.emulator;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** {@code /v1/payment_methods} and {@code /v1/customers/{id}/payment_methods}. */
final class PaymentMethodEndpoints {

  private final Store store;
  private final PaymentMethods paymentMethods;
  private final Expander expander;

  PaymentMethodEndpoints(Store store, PaymentMethods paymentMethods, Expander expander) {
    this.store = store;
    this.paymentMethods = paymentMethods;
    this.expander = expander;
  }

  void register(Router router) {
    router.add("GET", "/v1/payment_methods", this::list);
    router.add("GET", "/v1/payment_methods/{id}", this::retrieve);
    router.add("POST", "/v1/payment_methods/{id}/attach", this::attach);
    router.add("POST", "/v1/payment_methods/{id}/detach", this::detach);
    router.add("GET", "/v1/customers/{id}/payment_methods", this::listForCustomer);
  }

  private ApiResponse retrieve(ApiRequest request) {
    JsonObject paymentMethod = paymentMethods.resolve(request.id(), "payment_method");
    return ApiResponse.ok(expander.expand(paymentMethod, request.params()));
  }

  private ApiResponse attach(ApiRequest request) {
    Params params = request.params();
    String customerId = params.requiredString("customer");
    store.require(ObjectKind.CUSTOMER, customerId, "customer");
    JsonObject paymentMethod = paymentMethods.resolve(request.id(), "payment_method");
    String current = Json.string(paymentMethod, "customer");
    if (current != null && !current.equals(customerId)) {
      throw params.invalid(
          "The payment method you provided has already been attached to a customer.", "customer");
    }
    paymentMethod.addProperty("customer", customerId);
    return ApiResponse.ok(expander.expand(paymentMethod, params));
  }

  private ApiResponse detach(ApiRequest request) {
    JsonObject paymentMethod =
        store.require(ObjectKind.PAYMENT_METHOD, request.id(), "payment_method");
    String customerId = Json.string(paymentMethod, "customer");
    if (customerId == null) {
      throw StripeApiError.invalidRequest(
          null,
          "The payment method you provided is not attached to "
              + "a customer so detachment is impossible.",
          null);
    }
    JsonObject settings =
        store
            .require(ObjectKind.CUSTOMER, customerId, "customer")
            .getAsJsonObject("invoice_settings");
    if (request.id().equals(Json.string(settings, "default_payment_method"))) {
      settings.add("default_payment_method", null);
    }
    paymentMethod.add("customer", null);
    return ApiResponse.ok(expander.expand(paymentMethod, request.params()));
  }

  private ApiResponse list(ApiRequest request) {
    String customerId = request.params().string("customer");
    if (customerId != null) {
      store.require(ObjectKind.CUSTOMER, customerId, "customer");
    }
    return ApiResponse.ok(page(customerId, request.params(), "/v1/payment_methods"));
  }

  private ApiResponse listForCustomer(ApiRequest request) {
    store.require(ObjectKind.CUSTOMER, request.id(), "customer");
    String url = "/v1/customers/" + request.id() + "/payment_methods";
    return ApiResponse.ok(page(request.id(), request.params(), url));
  }

  private JsonObject page(String customerId, Params params, String url) {
    String type = params.string("type");
    List<JsonObject> matching =
        store.newestFirst(ObjectKind.PAYMENT_METHOD).stream()
            .filter(
                pm -> customerId == null || Objects.equals(customerId, Json.string(pm, "customer")))
            .filter(pm -> type == null || type.equals(Json.string(pm, "type")))
            .collect(Collectors.toList());
    return expander.expand(Lists.page(matching, params, url), params);
  }
}
