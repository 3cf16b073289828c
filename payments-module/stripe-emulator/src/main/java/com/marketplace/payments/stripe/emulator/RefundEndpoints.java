package com.marketplace.payments.stripe.emulator;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.stream.Collectors;

/** {@code /v1/refunds}: full and partial refunds of a succeeded charge, settled at once. */
final class RefundEndpoints {

  private static final List<String> REASONS =
      List.of("duplicate", "fraudulent", "requested_by_customer");

  private final Store store;
  private final EventPublisher events;
  private final Expander expander;

  RefundEndpoints(Store store, EventPublisher events, Expander expander) {
    this.store = store;
    this.events = events;
    this.expander = expander;
  }

  void register(Router router) {
    router.add("POST", "/v1/refunds", this::create);
    router.add("GET", "/v1/refunds", this::list);
    router.add("GET", "/v1/refunds/{id}", this::retrieve);
  }

  private ApiResponse create(ApiRequest request) {
    Params params = request.params();
    JsonObject charge = refundableCharge(params);
    long amount = params.has("amount") ? Money.amount(params, "amount") : remaining(charge);
    if (amount > remaining(charge)) {
      String currency = Json.string(charge, "currency");
      throw StripeApiError.invalidRequest(
          "amount_too_large",
          "Refund amount ("
              + Money.format(amount, currency)
              + ") is greater than unrefunded amount on charge ("
              + Money.format(remaining(charge), currency)
              + ")",
          "amount");
    }
    JsonObject refund =
        Json.object(
            "id",
            Ids.next(ObjectKind.REFUND.prefix),
            "object",
            "refund",
            "amount",
            amount,
            "balance_transaction",
            null,
            "charge",
            charge.get("id"),
            "created",
            Json.now(),
            "currency",
            charge.get("currency"),
            "description",
            null,
            "destination_details",
            Json.object(
                "card",
                Json.object(
                    "reference",
                    null,
                    "reference_status",
                    "pending",
                    "reference_type",
                    "acquirer_reference_number",
                    "type",
                    "refund"),
                "type",
                "card"),
            "metadata",
            new JsonObject(),
            "payment_intent",
            charge.get("payment_intent"),
            "reason",
            params.oneOf("reason", REASONS),
            "receipt_number",
            null,
            "source_transfer_reversal",
            null,
            "status",
            "succeeded",
            "transfer_reversal",
            null);
    Metadata.apply(refund, params);
    store.put(ObjectKind.REFUND, refund);
    Charges.refund(charge, amount);
    events.emit("refund.created", refund, request.origin());
    events.emit("charge.refunded", charge, request.origin());
    return ApiResponse.ok(expander.expand(refund, params));
  }

  private ApiResponse retrieve(ApiRequest request) {
    JsonObject refund = store.require(ObjectKind.REFUND, request.id(), "refund");
    return ApiResponse.ok(expander.expand(refund, request.params()));
  }

  private ApiResponse list(ApiRequest request) {
    Params params = request.params();
    String intent = params.string("payment_intent");
    String charge = params.string("charge");
    List<JsonObject> matching =
        store.newestFirst(ObjectKind.REFUND).stream()
            .filter(
                refund -> intent == null || intent.equals(Json.string(refund, "payment_intent")))
            .filter(refund -> charge == null || charge.equals(Json.string(refund, "charge")))
            .collect(Collectors.toList());
    return ApiResponse.ok(expander.expand(Lists.page(matching, params, "/v1/refunds"), params));
  }

  /**
   * The succeeded charge named by {@code charge} or behind {@code payment_intent}, with money left.
   */
  private JsonObject refundableCharge(Params params) {
    String chargeId = params.string("charge");
    String intentId = params.string("payment_intent");
    if (chargeId == null && intentId == null) {
      throw StripeApiError.invalidRequest(
          "parameter_missing",
          "One of the following params should be provided for this request: payment_intent or charge.",
          "payment_intent");
    }
    if (chargeId == null) {
      JsonObject intent = store.require(ObjectKind.PAYMENT_INTENT, intentId, "payment_intent");
      if (!"succeeded".equals(Json.string(intent, "status"))) {
        throw params.invalid(
            "This PaymentIntent ("
                + intentId
                + ") does not have a successful "
                + "charge to refund.",
            "payment_intent");
      }
      chargeId = Json.string(intent, "latest_charge");
    }
    JsonObject charge = store.require(ObjectKind.CHARGE, chargeId, "charge");
    if (intentId != null && !intentId.equals(Json.string(charge, "payment_intent"))) {
      throw params.invalid(
          "Charge " + chargeId + " does not belong to PaymentIntent " + intentId + ".", "charge");
    }
    if (!"succeeded".equals(Json.string(charge, "status"))) {
      throw params.invalid(
          "Charge " + chargeId + " has not succeeded and cannot be refunded.", "charge");
    }
    if (remaining(charge) == 0) {
      throw StripeApiError.invalidRequest(
          "charge_already_refunded",
          "Charge " + chargeId + " has already been refunded.",
          "charge");
    }
    return charge;
  }

  private static long remaining(JsonObject charge) {
    return Json.number(charge, "amount") - Json.number(charge, "amount_refunded");
  }
}
