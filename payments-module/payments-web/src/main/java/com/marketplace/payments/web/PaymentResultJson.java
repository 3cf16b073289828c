package com.marketplace.payments.web;

import com.marketplace.payments.application.PaymentResult;
import com.marketplace.payments.web.spelling.PaymentSpellings;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * The spec's {@code paymentResult} on the wire: the result's fields, names, types and order, with
 * its status spelled as the spec's {@code statusLiteral}. The business modules' payment routes
 * answer it beside their order.
 */
public record PaymentResultJson(
    UUID paymentTicketId,
    UUID orderId,
    String paymentId,
    String paymentStatus,
    Map<String, Object> paymentIntentInfo,
    String statusLiteral,
    BigDecimal amount,
    String currency,
    boolean success,
    String description,
    Map<String, String> metadata,
    Map<String, Object> paymentUserParams) {

  public static PaymentResultJson of(PaymentResult result) {
    return new PaymentResultJson(
        result.paymentTicketId(),
        result.orderId(),
        result.paymentId(),
        result.paymentStatus(),
        result.paymentIntentInfo(),
        PaymentSpellings.STATUS_LITERAL.literal(result.status()),
        result.amount(),
        result.currency(),
        result.success(),
        result.description(),
        result.metadata(),
        result.paymentUserParams());
  }
}
