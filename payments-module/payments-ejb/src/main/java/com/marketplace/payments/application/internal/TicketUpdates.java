package com.marketplace.payments.application.internal;

import com.marketplace.common.audit.Auditor;
import com.marketplace.payments.application.PaymentChange;
import com.marketplace.payments.application.PaymentOrderRegistry;
import com.marketplace.payments.domain.DisputeStatus;
import com.marketplace.payments.domain.PaymentStatus;
import com.marketplace.payments.domain.PaymentTicket;
import com.marketplace.payments.domain.TicketStatus;
import com.marketplace.payments.infrastructure.stripe.StripeEvents;
import java.time.Instant;

/** How a ticket's change is recorded and announced, whichever use case made it. */
public final class TicketUpdates {

  private final PaymentOrderRegistry registry;
  private final Auditor auditor;

  public TicketUpdates(PaymentOrderRegistry registry, Auditor auditor) {
    this.registry = registry;
    this.auditor = auditor;
  }

  /** Applies a status Stripe reported; tells the owning module if it changed anything. */
  public void apply(PaymentTicket ticket, PaymentStatus status, Instant observedAt) {
    PaymentStatus before = ticket.paymentStatus();
    if (!ticket.observe(status, observedAt)) {
      return;
    }
    auditor.transition(
        ticket.tenantId(), "paymentTicket", ticket.id(), "paymentStatus", before, status);
    notifyOwner(ticket);
  }

  /** A refund changed the ticket's status from {@code before}: audited and announced. */
  public void refunded(PaymentTicket ticket, TicketStatus before) {
    auditor.transition(
        ticket.tenantId(),
        "paymentTicket",
        ticket.id(),
        "statusLiteral",
        TicketStatus.Column.word(before),
        TicketStatus.Column.word(ticket.status()));
    notifyOwner(ticket);
  }

  /** A chargeback opened or moved on: recorded on the ticket, audited and announced. */
  public void disputed(PaymentTicket ticket, StripeEvents.DisputeReport dispute) {
    DisputeStatus before = ticket.disputeStatus();
    if (ticket.disputed(dispute.disputeId(), dispute.status(), dispute.amount())) {
      auditor.transition(
          ticket.tenantId(),
          "paymentTicket",
          ticket.id(),
          "disputeStatus",
          DisputeStatus.Column.word(before),
          DisputeStatus.Column.word(dispute.status()));
      notifyOwner(ticket);
    }
  }

  /** The owning module learns of the change, in this transaction. */
  public void notifyOwner(PaymentTicket ticket) {
    registry
        .of(ticket.orderType())
        .paymentChanged(
            new PaymentChange(
                ticket.tenantId(),
                ticket.orderType(),
                ticket.orderId(),
                ticket.id(),
                PublishedStatuses.of(ticket.status()),
                ticket.refundedMinor(),
                PublishedStatuses.of(ticket.disputeStatus())));
  }
}
