package com.marketplace.payments.stripe.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.UUID;

/** Creates card PaymentMethods from test tokens and resolves {@code payment_method} parameters. */
final class PaymentMethods {

  private final Store store;

  PaymentMethods(Store store) {
    this.store = store;
  }

  /**
   * A stored PaymentMethod, or a new one when {@code idOrToken} is a test token: Stripe, too, turns
   * {@code pm_card_visa} into a fresh {@code pm_...} each time it is used.
   */
  JsonObject resolve(String idOrToken, String param) {
    TestCard card = TestCard.ofToken(idOrToken);
    return card != null
        ? materialize(card)
        : store.require(ObjectKind.PAYMENT_METHOD, idOrToken, param);
  }

  JsonObject materialize(TestCard card) {
    String id = Ids.next(ObjectKind.PAYMENT_METHOD.prefix);
    JsonObject paymentMethod =
        Json.object(
            "id",
            id,
            "object",
            "payment_method",
            "allow_redisplay",
            "unspecified",
            "billing_details",
            billingDetails(),
            "card",
            cardDetails(card),
            "created",
            Json.now(),
            "customer",
            null,
            "livemode",
            false,
            "metadata",
            new JsonObject(),
            "type",
            "card");
    store.put(ObjectKind.PAYMENT_METHOD, paymentMethod);
    store.rememberCard(id, card);
    return paymentMethod;
  }

  /** The {@code card} hash shared by PaymentMethods and charges' {@code payment_method_details}. */
  static JsonObject cardSummary(JsonObject paymentMethod) {
    JsonObject card = paymentMethod.getAsJsonObject("card");
    return Json.object(
        "brand", card.get("brand"),
        "country", card.get("country"),
        "exp_month", card.get("exp_month"),
        "exp_year", card.get("exp_year"),
        "fingerprint", card.get("fingerprint"),
        "funding", card.get("funding"),
        "last4", card.get("last4"),
        "network", card.get("brand"));
  }

  private static JsonObject cardDetails(TestCard card) {
    JsonArray networks = new JsonArray();
    networks.add(card.brand);
    return Json.object(
        "brand",
        card.brand,
        "checks",
        Json.object(
            "address_line1_check", null, "address_postal_code_check", null, "cvc_check", "pass"),
        "country",
        "US",
        "display_brand",
        card.brand.equals("amex") ? "american_express" : card.brand,
        // Test cards never expire: any future date works on Stripe.
        "exp_month",
        12,
        "exp_year",
        Year.now().getValue() + 3,
        "fingerprint",
        fingerprint(card),
        "funding",
        card.funding,
        "generated_from",
        null,
        "last4",
        card.last4,
        "networks",
        Json.object("available", networks, "preferred", null),
        "regulated_status",
        "unregulated",
        "three_d_secure_usage",
        Json.object("supported", true),
        "wallet",
        null);
  }

  private static JsonObject billingDetails() {
    JsonObject address =
        Json.object(
            "city",
            null,
            "country",
            null,
            "line1",
            null,
            "line2",
            null,
            "postal_code",
            null,
            "state",
            null);
    return Json.object(
        "address", address, "email", null, "name", null, "phone", null, "tax_id", null);
  }

  /** Same card number, same fingerprint: that is what fingerprints are for. */
  private static String fingerprint(TestCard card) {
    UUID uuid = UUID.nameUUIDFromBytes(card.token.getBytes(StandardCharsets.UTF_8));
    return uuid.toString().replace("-", "").substring(0, 16);
  }
}
