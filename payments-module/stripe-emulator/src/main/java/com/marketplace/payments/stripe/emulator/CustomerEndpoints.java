package com.marketplace.payments.stripe.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** {@code /v1/customers}: create, retrieve and update. */
final class CustomerEndpoints {

  private static final String[] TEXT_FIELDS = {"email", "name", "description", "phone"};

  private final Store store;
  private final PaymentMethods paymentMethods;
  private final Expander expander;

  CustomerEndpoints(Store store, PaymentMethods paymentMethods, Expander expander) {
    this.store = store;
    this.paymentMethods = paymentMethods;
    this.expander = expander;
  }

  void register(Router router) {
    router.add("POST", "/v1/customers", this::create);
    router.add("GET", "/v1/customers/{id}", this::retrieve);
    router.add("POST", "/v1/customers/{id}", this::update);
  }

  private ApiResponse create(ApiRequest request) {
    Params params = request.params();
    String id = Ids.next(ObjectKind.CUSTOMER.prefix);
    JsonObject customer =
        Json.object(
            "id",
            id,
            "object",
            "customer",
            "address",
            null,
            "balance",
            0,
            "created",
            Json.now(),
            "currency",
            null,
            "default_source",
            null,
            "delinquent",
            false,
            "description",
            null,
            "discount",
            null,
            "email",
            null,
            "invoice_prefix",
            Ids.random(8).toUpperCase(java.util.Locale.ROOT),
            "invoice_settings",
            Json.object(
                "custom_fields",
                null,
                "default_payment_method",
                null,
                "footer",
                null,
                "rendering_options",
                null),
            "livemode",
            false,
            "metadata",
            new JsonObject(),
            "name",
            null,
            "next_invoice_sequence",
            1,
            "phone",
            null,
            "preferred_locales",
            new JsonArray(),
            "shipping",
            null,
            "tax_exempt",
            "none",
            "test_clock",
            null);
    // Validate everything before storing, so a bad request leaves nothing behind.
    String paymentMethod = params.string("payment_method");
    JsonObject attached =
        paymentMethod == null ? null : paymentMethods.resolve(paymentMethod, "payment_method");
    if (attached != null && Json.string(attached, "customer") != null) {
      throw params.invalid(
          "The payment method you provided has already been attached to a customer.",
          "payment_method");
    }
    applyFields(customer, params, attached);
    if (attached != null) {
      attached.addProperty("customer", id);
    }
    store.put(ObjectKind.CUSTOMER, customer);
    return ApiResponse.ok(expander.expand(customer, params));
  }

  private ApiResponse retrieve(ApiRequest request) {
    JsonObject customer = store.require(ObjectKind.CUSTOMER, request.id(), "customer");
    return ApiResponse.ok(expander.expand(customer, request.params()));
  }

  private ApiResponse update(ApiRequest request) {
    JsonObject customer = store.require(ObjectKind.CUSTOMER, request.id(), "customer");
    JsonObject updated = customer.deepCopy();
    applyFields(updated, request.params(), null);
    // Copy back field by field: the stored object is shared with the store's index.
    updated.entrySet().forEach(entry -> customer.add(entry.getKey(), entry.getValue()));
    return ApiResponse.ok(expander.expand(customer, request.params()));
  }

  /** {@code pendingAttach} is a PaymentMethod being attached by this same create request. */
  private void applyFields(JsonObject customer, Params params, JsonObject pendingAttach) {
    for (String field : TEXT_FIELDS) {
      if (params.has(field)) {
        String value = params.string(field);
        customer.add(field, Json.of(value == null || value.isEmpty() ? null : value));
      }
    }
    Metadata.apply(customer, params);
    Params settings = params.nested("invoice_settings");
    if (settings.has("default_payment_method")) {
      String pmId = settings.string("default_payment_method");
      if (pmId != null && !pmId.isEmpty()) {
        boolean pending = pendingAttach != null && pmId.equals(Json.string(pendingAttach, "id"));
        JsonObject pm =
            pending
                ? pendingAttach
                : store.require(
                    ObjectKind.PAYMENT_METHOD, pmId, "invoice_settings[default_payment_method]");
        if (!pending && !Json.string(customer, "id").equals(Json.string(pm, "customer"))) {
          throw settings.invalid(
              "The customer does not have a payment method with the ID "
                  + pmId
                  + ". The payment method must be attached to the customer.",
              "default_payment_method");
        }
      }
      customer
          .getAsJsonObject("invoice_settings")
          .add("default_payment_method", Json.of(pmId == null || pmId.isEmpty() ? null : pmId));
    }
  }
}
