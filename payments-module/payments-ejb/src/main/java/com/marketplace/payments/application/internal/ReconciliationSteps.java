package com.marketplace.payments.application.internal;

import com.marketplace.common.audit.Auditor;
import com.marketplace.payments.application.PaymentOrderRegistry;
import com.marketplace.payments.domain.PaymentRefundRepository;
import com.marketplace.payments.domain.PaymentStatus;
import com.marketplace.payments.domain.PaymentTicket;
import com.marketplace.payments.domain.PaymentTicketRepository;
import com.marketplace.payments.infrastructure.stripe.StripeGateway;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The database side of a reconciliation, each step its own transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReconciliationSteps {

  @Inject PaymentTicketRepository tickets;
  @Inject PaymentRefundRepository refunds;
  @EJB PaymentOrderRegistry registry;
  @Inject Auditor auditor;

  /** What the platform records of a ticket, to hold against Stripe. */
  public record TicketRecord(
      UUID id, boolean active, String paymentId, PaymentStatus status, long refundedMinor) {}

  public Optional<TicketRecord> ticket(UUID ticketId) {
    return tickets
        .find(ticketId)
        .map(
            t ->
                new TicketRecord(
                    t.id(), t.isActive(), t.paymentId(), t.paymentStatus(), t.refundedMinor()));
  }

  /** Records the refunds Stripe made that the ticket lacks; returns how many. */
  public int recordRefunds(UUID ticketId, List<StripeGateway.RefundState> atStripe) {
    PaymentTicket ticket = tickets.findLocked(ticketId).orElseThrow();
    return new RefundRecords(refunds, new TicketUpdates(registry, auditor))
        .recordMissing(ticket, atStripe);
  }
}
