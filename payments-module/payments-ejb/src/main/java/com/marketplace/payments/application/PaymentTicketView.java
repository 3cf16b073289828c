package com.marketplace.payments.application;

import com.marketplace.payments.domain.DisputeStatus;
import com.marketplace.payments.domain.PaymentTicket;
import com.marketplace.payments.domain.TicketStatus;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A payment ticket as the spec's {@code sys_enrollmentPayment} / {@code sys_reservationPayment}.
 */
public record PaymentTicketView(
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

  public static PaymentTicketView of(PaymentTicket ticket) {
    return new PaymentTicketView(
        ticket.id(),
        ticket.ownerId(),
        ticket.orderId(),
        ticket.paymentId(),
        ticket.paymentStatus() == null ? null : ticket.paymentStatus().stripeName(),
        TicketStatus.Column.word(ticket.status()),
        ticket.redirectUrl(),
        DisputeStatus.Column.word(ticket.disputeStatus()),
        ticket.isActive(),
        ticket.recordVersion(),
        ticket.createdAt(),
        ticket.updatedAt(),
        ticket.ownerId());
  }
}
