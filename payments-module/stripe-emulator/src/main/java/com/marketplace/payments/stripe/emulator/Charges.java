package com.marketplace.payments.stripe.emulator;

import com.google.gson.JsonObject;

/**
 * Builds the charge behind each payment attempt and moves it through pending, succeeded or failed.
 */
final class Charges {

  private final Store store;

  Charges(Store store) {
    this.store = store;
  }

  /** A new charge for {@code intent} paid with {@code paymentMethod}, stored as {@code pending}. */
  JsonObject start(JsonObject intent, JsonObject paymentMethod) {
    JsonObject charge =
        Json.object(
            "id",
            Ids.next(ObjectKind.CHARGE.prefix),
            "object",
            "charge",
            "amount",
            intent.get("amount"),
            "amount_captured",
            0,
            "amount_refunded",
            0,
            "application",
            null,
            "application_fee",
            null,
            "application_fee_amount",
            null,
            "balance_transaction",
            null,
            "billing_details",
            paymentMethod.get("billing_details").deepCopy(),
            "calculated_statement_descriptor",
            "STRIPE EMULATOR",
            "captured",
            false,
            "created",
            Json.now(),
            "currency",
            intent.get("currency"),
            "customer",
            intent.get("customer"),
            "description",
            intent.get("description"),
            "disputed",
            false,
            "failure_code",
            null,
            "failure_message",
            null,
            "fraud_details",
            new JsonObject(),
            "livemode",
            false,
            "metadata",
            intent.get("metadata").deepCopy(),
            "outcome",
            null,
            "paid",
            false,
            "payment_intent",
            intent.get("id"),
            "payment_method",
            paymentMethod.get("id"),
            "payment_method_details",
            Json.object("card", PaymentMethods.cardSummary(paymentMethod), "type", "card"),
            "receipt_email",
            intent.get("receipt_email"),
            "receipt_url",
            null,
            "refunded",
            false,
            "review",
            null,
            "shipping",
            null,
            "status",
            "pending",
            "transfer_data",
            null,
            "transfer_group",
            null);
    return store.put(ObjectKind.CHARGE, charge);
  }

  static void succeed(JsonObject charge) {
    charge.addProperty("status", "succeeded");
    charge.addProperty("paid", true);
    charge.addProperty("captured", true);
    charge.add("amount_captured", charge.get("amount"));
    charge.add(
        "outcome",
        Json.object(
            "network_status", "approved_by_network",
            "reason", null,
            "risk_level", "normal",
            "risk_score", 20,
            "seller_message", "Payment complete.",
            "type", "authorized"));
  }

  static void fail(JsonObject charge, String failureCode, String declineCode, String message) {
    charge.addProperty("status", "failed");
    charge.addProperty("failure_code", failureCode);
    charge.addProperty("failure_message", message);
    charge.add(
        "outcome",
        Json.object(
            "network_status", "declined_by_network",
            "reason", declineCode,
            "risk_level", "normal",
            "risk_score", 20,
            "seller_message", "The bank did not return any further details with this decline.",
            "type", "issuer_declined"));
  }

  /** Records a refund; Stripe marks the charge {@code refunded} only once nothing is left. */
  static void refund(JsonObject charge, long amount) {
    long refunded = Json.number(charge, "amount_refunded") + amount;
    charge.addProperty("amount_refunded", refunded);
    charge.addProperty("refunded", refunded == Json.number(charge, "amount"));
  }
}
