package com.marketplace.payments.infrastructure.stripe;

import com.marketplace.common.error.ApiException;
import com.marketplace.common.money.Money;
import com.marketplace.payments.domain.DisputeStatus;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies Stripe's webhook deliveries and says what each is about. Only ids and a few stable
 * fields are read from the payload, as raw JSON: an event of another API version (whose object
 * stripe-java will not deserialize) is understood all the same, and the platform re-reads the
 * PaymentIntent from Stripe before applying anything.
 */
public final class StripeEvents {

  /** Stripe's dispute statuses as its API spells them (Stripe's vocabulary, read here only). */
  private static final Map<String, DisputeStatus> DISPUTE_STATUSES =
      Map.of(
          "warning_needs_response", DisputeStatus.WARNING_NEEDS_RESPONSE,
          "warning_under_review", DisputeStatus.WARNING_UNDER_REVIEW,
          "warning_closed", DisputeStatus.WARNING_CLOSED,
          "needs_response", DisputeStatus.NEEDS_RESPONSE,
          "under_review", DisputeStatus.UNDER_REVIEW,
          "won", DisputeStatus.WON,
          "lost", DisputeStatus.LOST,
          "prevented", DisputeStatus.PREVENTED);

  private StripeEvents() {}

  /**
   * The dispute status Stripe names {@code status}; a word Stripe does not document makes the event
   * unreadable (400, Stripe redelivers).
   */
  static DisputeStatus disputeStatus(String status) {
    DisputeStatus known = status == null ? null : DISPUTE_STATUSES.get(status);
    if (known == null) {
      throw new IllegalArgumentException("Unknown dispute status " + status);
    }
    return known;
  }

  /**
   * A verified event.
   *
   * @param paymentIntentId the PaymentIntent it concerns (a PaymentIntent's, refund's, charge's or
   *     dispute's), if any
   * @param refunds whether it may concern refunds (refund.*, charge.refunded)
   * @param dispute the chargeback it reports (charge.dispute.*), if any
   */
  public record VerifiedEvent(
      String id,
      String type,
      Optional<String> paymentIntentId,
      boolean refunds,
      Optional<DisputeReport> dispute,
      Optional<Instant> created) {}

  /** A chargeback as Stripe reported it. */
  public record DisputeReport(String disputeId, DisputeStatus status, Money amount) {}

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
    try {
      return read(event);
    } catch (RuntimeException e) {
      throw ApiException.badRequest("errMsg_webhookMalformed", "Not a Stripe event");
    }
  }

  private static VerifiedEvent read(Event event) {
    String type = event.getType();
    JsonObject object;
    try (JsonReader reader =
        Json.createReader(new StringReader(event.getDataObjectDeserializer().getRawJson()))) {
      object = reader.readObject();
    }
    String kind = string(object, "object");
    Optional<String> intent =
        "payment_intent".equals(kind)
            ? Optional.ofNullable(string(object, "id"))
            : Optional.ofNullable(string(object, "payment_intent"));
    Optional<DisputeReport> dispute =
        "dispute".equals(kind)
            ? Optional.of(
                new DisputeReport(
                    string(object, "id"),
                    disputeStatus(string(object, "status")),
                    Money.ofMinor(
                        object.getJsonNumber("amount").longValueExact(),
                        string(object, "currency").toUpperCase(Locale.ROOT))))
            : Optional.empty();
    boolean refunds = type.startsWith("refund.") || type.equals("charge.refunded");
    Optional<Instant> created = Optional.ofNullable(event.getCreated()).map(Instant::ofEpochSecond);
    return new VerifiedEvent(event.getId(), type, intent, refunds, dispute, created);
  }

  private static String string(JsonObject object, String name) {
    return object.get(name) instanceof JsonString value ? value.getString() : null;
  }
}
