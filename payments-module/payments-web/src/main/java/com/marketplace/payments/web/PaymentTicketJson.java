package com.marketplace.payments.web;

import com.marketplace.payments.application.PaymentTicketView;
import com.marketplace.payments.web.spelling.PaymentSpellings;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A payment ticket on the wire, the spec's {@code sys_enrollmentPayment} / {@code
 * sys_reservationPayment}: the view's fields, names, types and order, with its statuses spelled.
 */
public record PaymentTicketJson(
    UUID id,
    UUID ownerId,
    UUID orderId,
    String paymentId,
    String paymentStatus,
    String statusLiteral,
    String redirectUrl,
    String disputeStatus,
    boolean isActive,
    int recordVersion,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    UUID _owner) {

  public static PaymentTicketJson of(PaymentTicketView view) {
    return new PaymentTicketJson(
        view.id(),
        view.ownerId(),
        view.orderId(),
        view.paymentId(),
        view.paymentStatus(),
        PaymentSpellings.STATUS_LITERAL.literal(view.status()),
        view.redirectUrl(),
        PaymentSpellings.DISPUTE_STATUS.literal(view.disputeStatus()),
        view.isActive(),
        view.recordVersion(),
        view.createdAt(),
        view.updatedAt(),
        view._owner());
  }
}
