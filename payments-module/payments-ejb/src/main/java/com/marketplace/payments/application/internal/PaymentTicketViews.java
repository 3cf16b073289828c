package com.marketplace.payments.application.internal;

import com.marketplace.payments.application.PaymentTicketView;
import com.marketplace.payments.domain.PaymentTicket;

/** A ticket as the published {@link PaymentTicketView}. */
public final class PaymentTicketViews {

  private PaymentTicketViews() {}

  public static PaymentTicketView of(PaymentTicket ticket) {
    return new PaymentTicketView(
        ticket.id(),
        ticket.ownerId(),
        ticket.orderId(),
        ticket.paymentId(),
        ticket.paymentStatus() == null ? null : ticket.paymentStatus().stripeName(),
        PublishedStatuses.of(ticket.status()),
        ticket.redirectUrl(),
        PublishedStatuses.of(ticket.disputeStatus()),
        ticket.isActive(),
        ticket.recordVersion(),
        ticket.createdAt(),
        ticket.updatedAt(),
        ticket.ownerId());
  }
}
