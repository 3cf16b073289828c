package com.marketplace.payments.application.internal;

import com.marketplace.common.metrics.BusinessMetrics;
import com.marketplace.common.money.Money;
import com.marketplace.payments.domain.PaymentRefund;
import com.marketplace.payments.domain.PaymentTicket;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The database steps of making a refund, each its own short transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RefundSteps {

  @PersistenceContext(unitName = "payments")
  EntityManager em;

  @Inject BusinessMetrics metrics;

  /** A refund Stripe refused. */
  public record Refused(UUID tenantId, UUID ticketId, UUID refundId, String failure) {}

  /** What the Stripe call of a requested refund needs. */
  public record Requested(
      String key, String paymentIntentId, Money amount, Map<String, String> metadata) {}

  /** A refund still to be made at Stripe (neither made nor refused yet), if it is one. */
  public Optional<Requested> requested(UUID refundId) {
    PaymentRefund refund = em.find(PaymentRefund.class, refundId);
    if (refund == null || !refund.requested()) {
      return Optional.empty();
    }
    PaymentTicket ticket = em.find(PaymentTicket.class, refund.ticketId());
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
    PaymentRefund refund = locked(refundId);
    if (refund.requested()) {
      refund.made(stripeRefundId);
      metrics.refund("made");
    }
  }

  public void refused(UUID refundId, String failure) {
    locked(refundId).refused(failure);
    metrics.refund("refused");
  }

  /** Refunds requested before {@code before} and not made yet (of one tenant, or all). */
  public List<UUID> owed(Optional<UUID> tenantId, Instant before) {
    TypedQuery<UUID> query =
        em.createQuery(
                "select r.id from PaymentRefund r where r.state = :requested"
                    + " and r.createdAt < :before"
                    + (tenantId.isPresent() ? " and r.tenantId = :tenant" : "")
                    + " order by r.createdAt",
                UUID.class)
            .setParameter("requested", PaymentRefund.State.REQUESTED)
            .setParameter("before", before.atOffset(ZoneOffset.UTC));
    tenantId.ifPresent(tenant -> query.setParameter("tenant", tenant));
    return query.setMaxResults(500).getResultList();
  }

  /** Refunds Stripe refused: money still owed, for a person to look at. */
  public List<Refused> refusedRefunds(Optional<UUID> tenantId) {
    TypedQuery<PaymentRefund> query =
        em.createQuery(
                "select r from PaymentRefund r where r.state = :failed"
                    + (tenantId.isPresent() ? " and r.tenantId = :tenant" : ""),
                PaymentRefund.class)
            .setParameter("failed", PaymentRefund.State.FAILED);
    tenantId.ifPresent(tenant -> query.setParameter("tenant", tenant));
    return query
        .setMaxResults(500)
        .getResultStream()
        .map(r -> new Refused(r.tenantId(), r.ticketId(), r.id(), r.failure()))
        .toList();
  }

  private PaymentRefund locked(UUID refundId) {
    PaymentRefund refund = em.find(PaymentRefund.class, refundId);
    em.find(PaymentTicket.class, refund.ticketId(), LockModeType.PESSIMISTIC_WRITE);
    em.refresh(refund);
    return refund;
  }
}
