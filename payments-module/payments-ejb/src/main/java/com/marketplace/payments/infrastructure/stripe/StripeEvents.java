package com.marketplace.payments.infrastructure.stripe;

import com.marketplace.common.error.ApiException;
import com.marketplace.payments.domain.PaymentStatus;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.net.Webhook;
import java.time.Instant;
import java.util.Optional;

/** Verifies Stripe's webhook deliveries and reads the PaymentIntent events among them. */
public final class StripeEvents {

  private StripeEvents() {}

  /** A verified event: its id and type, and the PaymentIntent state it reports, if any. */
  public record VerifiedEvent(String id, String type, Optional<IntentReport> intent) {}

  /** A PaymentIntent's status as of the event's creation. */
  public record IntentReport(String paymentIntentId, PaymentStatus status, Instant observedAt) {}

  /**
   * Checks {@code Stripe-Signature} over the raw body (HMAC-SHA256 with the endpoint secret,
   * timestamp within Stripe's 5-minute tolerance): 400 when it does not hold.
   */
  public static VerifiedEvent verify(String payload, String signature, String secret) {
    Event event;
    try {
      event = Webhook.constructEvent(payload, signature == null ? "" : signature, secret);
    } catch (SignatureVerificationException e) {
      throw ApiException.badRequest(
          "errMsg_webhookSignatureInvalid", "The Stripe-Signature does not verify");
    } catch (RuntimeException e) {
      throw ApiException.badRequest("errMsg_webhookMalformed", "Not a Stripe event");
    }
    Optional<IntentReport> intent =
        event.getType().startsWith("payment_intent.")
            ? event
                .getDataObjectDeserializer()
                .getObject()
                .filter(PaymentIntent.class::isInstance)
                .map(PaymentIntent.class::cast)
                .map(
                    pi ->
                        new IntentReport(
                            pi.getId(),
                            PaymentStatus.fromStripe(pi.getStatus()),
                            Instant.ofEpochSecond(event.getCreated())))
            : Optional.empty();
    return new VerifiedEvent(event.getId(), event.getType(), intent);
  }
}
