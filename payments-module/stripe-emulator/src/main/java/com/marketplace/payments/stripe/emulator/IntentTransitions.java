package com.marketplace.payments.stripe.emulator;

import com.google.gson.JsonObject;

/**
 * The elementary moves of a PaymentIntent, each updating its charge and emitting the matching
 * {@code payment_intent.*} event. {@link PaymentFlow} decides which move applies.
 */
final class IntentTransitions {

  private final Charges charges;
  private final EventPublisher events;
  private final String authenticationBaseUrl;

  /**
   * {@code baseUrl} is where the emulator listens; 3D Secure "pages" are control endpoints there.
   */
  IntentTransitions(Charges charges, EventPublisher events, String baseUrl) {
    this.charges = charges;
    this.events = events;
    this.authenticationBaseUrl = baseUrl + "/_emulator/payment_intents/";
  }

  void succeed(JsonObject intent, JsonObject charge, Origin origin) {
    Charges.succeed(charge);
    intent.addProperty("status", "succeeded");
    intent.add("amount_received", intent.get("amount"));
    intent.add("latest_charge", charge.get("id"));
    events.emit("payment_intent.succeeded", intent, origin);
  }

  /** Starts a pending charge, as for a payment method that settles asynchronously. */
  void process(JsonObject intent, JsonObject paymentMethod, Origin origin) {
    intent.addProperty("status", "processing");
    intent.add("latest_charge", charges.start(intent, paymentMethod).get("id"));
    events.emit("payment_intent.processing", intent, origin);
  }

  /** Asks for 3D Secure: a redirect when the caller gave a return_url, else Stripe.js' flow. */
  void requireAction(JsonObject intent, String returnUrl, Origin origin) {
    String url = authenticationBaseUrl + Json.string(intent, "id") + "/authenticate";
    JsonObject nextAction;
    if (returnUrl != null) {
      JsonObject redirect = Json.object("return_url", returnUrl, "url", url);
      nextAction = Json.object("type", "redirect_to_url", "redirect_to_url", redirect);
    } else {
      JsonObject sdk =
          Json.object(
              "type", "three_d_secure_redirect", "stripe_js", url, "source", Ids.next("src"));
      nextAction = Json.object("type", "use_stripe_sdk", "use_stripe_sdk", sdk);
    }
    intent.addProperty("status", "requires_action");
    intent.add("next_action", nextAction);
    events.emit("payment_intent.requires_action", intent, origin);
  }

  /** Fails the attempt on {@code charge} and answers the card error an API caller gets. */
  StripeApiError decline(
      JsonObject intent,
      JsonObject paymentMethod,
      TestCard card,
      JsonObject charge,
      Origin origin) {
    Charges.fail(charge, card.errorCode, card.declineCode, card.message);
    StripeApiError error =
        card.decline()
            .with("charge", Json.string(charge, "id"))
            .with("payment_method", paymentMethod.deepCopy());
    intent.add("latest_charge", charge.get("id"));
    fail(intent, error.error(), origin);
    return error.with("payment_intent", intent.deepCopy());
  }

  /** Stripe drops the failed payment method from the intent and keeps it in last_payment_error. */
  void fail(JsonObject intent, JsonObject lastPaymentError, Origin origin) {
    intent.addProperty("status", "requires_payment_method");
    intent.add("payment_method", null);
    intent.add("next_action", null);
    intent.add("last_payment_error", lastPaymentError);
    events.emit("payment_intent.payment_failed", intent, origin);
  }

  void cancel(JsonObject intent, String reason, Origin origin) {
    intent.addProperty("status", "canceled");
    intent.addProperty("canceled_at", Json.now());
    intent.add("cancellation_reason", Json.of(reason));
    intent.add("next_action", null);
    events.emit("payment_intent.canceled", intent, origin);
  }
}
