package com.marketplace.payments.stripe.emulator;

import com.google.gson.JsonObject;
import java.util.List;

/**
 * The PaymentIntent status machine. Confirming runs the payment method's {@link TestCard}
 * behaviour; the control API drives the steps a real customer or bank would take (3D Secure,
 * asynchronous settlement). The moves themselves are {@link IntentTransitions}.
 */
final class PaymentFlow {

  static final List<String> CONFIRMABLE =
      List.of("requires_payment_method", "requires_confirmation", "requires_action");
  private static final List<String> CANCELABLE =
      List.of(
          "requires_payment_method",
          "requires_capture",
          "requires_confirmation",
          "requires_action",
          "processing");
  private static final List<String> ADVANCEABLE =
      List.of("requires_confirmation", "requires_action", "processing");
  private static final String ADVANCEABLE_TARGETS =
      "processing, succeeded, requires_payment_method";

  private final Store store;
  private final Charges charges;
  private final IntentTransitions move;

  PaymentFlow(Store store, Charges charges, IntentTransitions transitions) {
    this.store = store;
    this.charges = charges;
    this.move = transitions;
  }

  /**
   * Confirms an intent whose payment method is already set. A decline leaves the intent in {@code
   * requires_payment_method} and throws the 402 card error Stripe answers.
   */
  void confirm(JsonObject intent, boolean offSession, String returnUrl, Origin origin) {
    JsonObject paymentMethod = paymentMethodOf(intent);
    TestCard card = store.cardOf(Json.string(paymentMethod, "id"));
    intent.add("last_payment_error", null);
    intent.add("next_action", null);
    switch (card.outcome) {
      case SUCCEED:
        move.succeed(intent, charges.start(intent, paymentMethod), origin);
        break;
      case PROCESS:
        move.process(intent, paymentMethod, origin);
        break;
      case REQUIRE_ACTION:
        if (offSession) {
          // Nobody is there to authenticate: Stripe declines instead of asking for 3D Secure.
          throw move.decline(
              intent, paymentMethod, card, charges.start(intent, paymentMethod), origin);
        }
        move.requireAction(intent, returnUrl, origin);
        break;
      default:
        throw move.decline(
            intent, paymentMethod, card, charges.start(intent, paymentMethod), origin);
    }
  }

  void cancel(JsonObject intent, String reason, Origin origin) {
    requireStatus(intent, CANCELABLE, "cancel");
    move.cancel(intent, reason, origin);
  }

  /** The customer passed (or failed) 3D Secure. */
  void completeAuthentication(JsonObject intent, boolean passed) {
    requireStatus(intent, List.of("requires_action"), "authenticate");
    JsonObject paymentMethod = paymentMethodOf(intent);
    intent.add("next_action", null);
    if (passed) {
      move.succeed(intent, charges.start(intent, paymentMethod), Origin.AUTOMATIC);
      return;
    }
    String code = "payment_intent_authentication_failure";
    JsonObject error =
        StripeApiError.invalidRequest(
                code,
                "The provided PaymentMethod has failed authentication. You can provide "
                    + "payment_method_data or a new PaymentMethod to attempt to fulfill this "
                    + "PaymentIntent again.",
                null)
            .with("payment_method", paymentMethod.deepCopy())
            .error();
    move.fail(intent, error, Origin.AUTOMATIC);
  }

  /**
   * Moves an intent as the bank would: {@code processing}, {@code succeeded} or failed ({@code
   * requires_payment_method}), reusing the pending charge of a processing payment.
   */
  void advance(JsonObject intent, String target) {
    requireStatus(intent, ADVANCEABLE, "move to " + target);
    JsonObject paymentMethod = paymentMethodOf(intent);
    JsonObject pending = store.find(ObjectKind.CHARGE, Json.string(intent, "latest_charge"));
    if (pending == null || !"pending".equals(Json.string(pending, "status"))) {
      pending = null;
    }
    switch (target) {
      case "processing":
        move.process(intent, paymentMethod, Origin.AUTOMATIC);
        break;
      case "succeeded":
        JsonObject paid = pending != null ? pending : charges.start(intent, paymentMethod);
        move.succeed(intent, paid, Origin.AUTOMATIC);
        break;
      case "requires_payment_method":
        JsonObject failed = pending != null ? pending : charges.start(intent, paymentMethod);
        move.decline(intent, paymentMethod, TestCard.CHARGE_DECLINED, failed, Origin.AUTOMATIC);
        break;
      default:
        throw StripeApiError.invalidRequest(
            null,
            "Unsupported target status: " + target + ". Use one of " + ADVANCEABLE_TARGETS + ".",
            "status");
    }
  }

  static void requireStatus(JsonObject intent, List<String> allowed, String action) {
    String status = Json.string(intent, "status");
    if (!allowed.contains(status)) {
      String message =
          String.format(
              "You cannot %s this PaymentIntent because it has a status of %s. Only a "
                  + "PaymentIntent with one of the following statuses may be used: %s.",
              action, status, String.join(", ", allowed));
      throw StripeApiError.invalidRequest("payment_intent_unexpected_state", message, null)
          .with("payment_intent", intent.deepCopy());
    }
  }

  static StripeApiError missingPaymentMethod(JsonObject intent) {
    return StripeApiError.invalidRequest(
            "payment_intent_unexpected_state",
            "You cannot confirm this PaymentIntent because it's missing a payment method. You "
                + "can either update the PaymentIntent with a payment method and then confirm "
                + "it again, or confirm it again directly with a payment method.",
            null)
        .with("payment_intent", intent.deepCopy());
  }

  private JsonObject paymentMethodOf(JsonObject intent) {
    String id = Json.string(intent, "payment_method");
    if (id == null) {
      throw missingPaymentMethod(intent);
    }
    return store.require(ObjectKind.PAYMENT_METHOD, id, "payment_method");
  }
}
