package com.marketplace.payments.stripe.emulator;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.stream.Collectors;

/** {@code /v1/payment_intents}: create, retrieve, update, list, confirm and cancel. */
final class PaymentIntentEndpoints {

  private static final List<String> CANCELLATION_REASONS =
      List.of("duplicate", "fraudulent", "requested_by_customer", "abandoned");

  private final Store store;
  private final PaymentMethods paymentMethods;
  private final PaymentFlow flow;
  private final Expander expander;

  PaymentIntentEndpoints(
      Store store, PaymentMethods paymentMethods, PaymentFlow flow, Expander expander) {
    this.store = store;
    this.paymentMethods = paymentMethods;
    this.flow = flow;
    this.expander = expander;
  }

  void register(Router router) {
    router.add("POST", "/v1/payment_intents", this::create);
    router.add("GET", "/v1/payment_intents", this::list);
    router.add("GET", "/v1/payment_intents/{id}", this::retrieve);
    router.add("POST", "/v1/payment_intents/{id}", this::update);
    router.add("POST", "/v1/payment_intents/{id}/confirm", this::confirm);
    router.add("POST", "/v1/payment_intents/{id}/cancel", this::cancel);
  }

  private ApiResponse create(ApiRequest request) {
    Params params = request.params();
    JsonObject intent = NewPaymentIntent.from(params);
    boolean confirm = params.bool("confirm");
    String customer = params.string("customer");
    if (customer != null) {
      store.require(ObjectKind.CUSTOMER, customer, "customer");
      intent.addProperty("customer", customer);
    }
    Metadata.apply(intent, params);
    setPaymentMethod(intent, params);
    // Refuse before storing: a failed create must leave nothing behind for a retry to duplicate.
    if (confirm && Json.string(intent, "payment_method") == null) {
      throw PaymentFlow.missingPaymentMethod(intent);
    }
    store.put(ObjectKind.PAYMENT_INTENT, intent);
    if (confirm) {
      flow.confirm(intent, offSession(params), params.string("return_url"), request.origin());
    }
    return ApiResponse.ok(expander.expand(intent, params));
  }

  private ApiResponse retrieve(ApiRequest request) {
    return ApiResponse.ok(expander.expand(intent(request), request.params()));
  }

  private ApiResponse update(ApiRequest request) {
    JsonObject intent = intent(request);
    Params params = request.params();
    PaymentFlow.requireStatus(intent, PaymentFlow.CONFIRMABLE, "update");
    JsonObject updated = intent.deepCopy();
    if (params.has("amount")) {
      updated.addProperty("amount", Money.amount(params, "amount"));
    }
    if (params.has("currency")) {
      updated.addProperty("currency", Money.currency(params, "currency"));
    }
    if (params.has("description")) {
      updated.add("description", Json.of(params.string("description")));
    }
    if (params.has("receipt_email")) {
      updated.add("receipt_email", Json.of(params.string("receipt_email")));
    }
    Metadata.apply(updated, params);
    setPaymentMethod(updated, params);
    updated.entrySet().forEach(entry -> intent.add(entry.getKey(), entry.getValue()));
    return ApiResponse.ok(expander.expand(intent, params));
  }

  private ApiResponse list(ApiRequest request) {
    String customer = request.params().string("customer");
    Long since = request.params().nested("created").integer("gte");
    List<JsonObject> matching =
        store.newestFirst(ObjectKind.PAYMENT_INTENT).stream()
            .filter(intent -> customer == null || customer.equals(Json.string(intent, "customer")))
            .filter(intent -> since == null || intent.get("created").getAsLong() >= since)
            .collect(Collectors.toList());
    JsonObject page = Lists.page(matching, request.params(), "/v1/payment_intents");
    return ApiResponse.ok(expander.expand(page, request.params()));
  }

  private ApiResponse confirm(ApiRequest request) {
    JsonObject intent = intent(request);
    Params params = request.params();
    PaymentFlow.requireStatus(intent, PaymentFlow.CONFIRMABLE, "confirm");
    setPaymentMethod(intent, params);
    flow.confirm(intent, offSession(params), params.string("return_url"), request.origin());
    return ApiResponse.ok(expander.expand(intent, params));
  }

  private ApiResponse cancel(ApiRequest request) {
    JsonObject intent = intent(request);
    String reason = request.params().oneOf("cancellation_reason", CANCELLATION_REASONS);
    flow.cancel(intent, reason, request.origin());
    return ApiResponse.ok(expander.expand(intent, request.params()));
  }

  private JsonObject intent(ApiRequest request) {
    return store.require(ObjectKind.PAYMENT_INTENT, request.id(), "intent");
  }

  /** Applies {@code payment_method}; Stripe refuses a method saved to some other customer. */
  private void setPaymentMethod(JsonObject intent, Params params) {
    String requested = params.string("payment_method");
    if (requested == null || requested.isEmpty()) {
      return;
    }
    JsonObject paymentMethod = paymentMethods.resolve(requested, "payment_method");
    String owner = Json.string(paymentMethod, "customer");
    if (owner != null && !owner.equals(Json.string(intent, "customer"))) {
      throw params.invalid(
          "The provided PaymentMethod belongs to customer "
              + owner
              + ". Please use a PaymentMethod that belongs to the PaymentIntent's customer.",
          "payment_method");
    }
    String type = Json.string(paymentMethod, "type");
    if (!intent.getAsJsonArray("payment_method_types").contains(Json.of(type))) {
      throw params.invalid(
          "The PaymentMethod provided ("
              + type
              + ") is not allowed for this "
              + "PaymentIntent. Please attach a PaymentMethod of one of the following types: "
              + intent.get("payment_method_types")
              + ".",
          "payment_method");
    }
    intent.add("payment_method", paymentMethod.get("id"));
    intent.addProperty("status", "requires_confirmation");
  }

  /** Stripe accepts {@code true}, {@code one_off} or {@code recurring}. */
  private static boolean offSession(Params params) {
    String value = params.string("off_session");
    return value != null && !value.equals("false");
  }
}
