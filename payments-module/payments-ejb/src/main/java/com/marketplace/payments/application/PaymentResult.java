package com.marketplace.payments.application;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * The spec's {@code paymentResult}, with the application's reading of the payment as payments'
 * published enum: the routes spell it on the wire ({@code payments.web.PaymentResultJson}). For
 * {@code requires_action}, {@code paymentIntentInfo} holds the client secret and next action the
 * browser needs; for a decline, the decline code.
 *
 * @param paymentStatus Stripe's status of the PaymentIntent, as Stripe spells it
 * @param status the application's reading of the payment (the spec's {@code statusLiteral})
 */
public record PaymentResult(
    UUID paymentTicketId,
    UUID orderId,
    String paymentId,
    String paymentStatus,
    Map<String, Object> paymentIntentInfo,
    PaymentChange.Status status,
    BigDecimal amount,
    String currency,
    boolean success,
    String description,
    Map<String, String> metadata,
    Map<String, Object> paymentUserParams) {

  /** Whether the card was declined (the order stays payable). */
  public boolean declined() {
    return paymentIntentInfo.containsKey("declineCode");
  }
}
