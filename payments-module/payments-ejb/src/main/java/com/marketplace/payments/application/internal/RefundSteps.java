package com.marketplace.payments.application.internal;

import com.marketplace.common.metrics.BusinessMetrics;
import com.marketplace.common.money.Money;
import com.marketplace.payments.domain.PaymentRefund;
import com.marketplace.payments.domain.PaymentRefundRepository;
import com.marketplace.payments.domain.PaymentTicket;
import com.marketplace.payments.domain.PaymentTicketRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The database steps of making a refund, each its own short transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RefundSteps {

  private static final int MAX_LISTED = 500;

  @Inject PaymentRefundRepository refunds;
  @Inject PaymentTicketRepository tickets;
  @Inject BusinessMetrics metrics;

  /** A refund Stripe refused. */
  public record Refused(UUID tenantId, UUID ticketId, UUID refundId, String failure) {}

  /** What the Stripe call of a requested refund needs. */
  public record Requested(
      String key, String paymentIntentId, Money amount, Map<String, String> metadata) {}

  /** A refund still to be made at Stripe (neither made nor refused yet), if it is one. */
  public Optional<Requested> requested(UUID refundId) {
    PaymentRefund refund = refunds.find(refundId).orElse(null);
    if (refund == null || !refund.requested()) {
      return Optional.empty();
    }
    PaymentTicket ticket = tickets.find(refund.ticketId()).orElseThrow();
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("tenant", ticket.tenantId().toString());
    metadata.put("orderType", ticket.orderType());
    metadata.put("orderId", ticket.orderId().toString());
    metadata.put("ticketId", ticket.id().toString());
    metadata.put("n", Integer.toString(refund.n()));
    return Optional.of(
        new Requested(
            refund.stripeKey(),
            ticket.paymentId(),
            refund.amount(ticket.amount().currency()),
            metadata));
  }

  public void made(UUID refundId, String stripeRefundId) {
    PaymentRefund refund = refunds.findLockingItsTicket(refundId);
    if (refund.requested()) {
      refund.made(stripeRefundId);
      metrics.refund("made");
    }
  }

  public void refused(UUID refundId, String failure) {
    refunds.findLockingItsTicket(refundId).refused(failure);
    metrics.refund("refused");
  }

  /** Refunds requested before {@code before} and not made yet (of one tenant, or all). */
  public List<UUID> owed(Optional<UUID> tenantId, Instant before) {
    return refunds.requestedBefore(tenantId, before, MAX_LISTED);
  }

  /** Refunds Stripe refused: money still owed, for a person to look at. */
  public List<Refused> refusedRefunds(Optional<UUID> tenantId) {
    return refunds.refused(tenantId, MAX_LISTED).stream()
        .map(r -> new Refused(r.tenantId(), r.ticketId(), r.id(), r.failure()))
        .toList();
  }
}
