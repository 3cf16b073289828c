package com.marketplace.payments.infrastructure.persistence;

import com.marketplace.payments.domain.PaymentRefund;
import com.marketplace.payments.domain.PaymentRefundRepository;
import com.marketplace.payments.domain.PaymentTicket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaPaymentRefundRepository implements PaymentRefundRepository {

  @PersistenceContext(unitName = "payments")
  EntityManager em;

  @Override
  public Optional<PaymentRefund> find(UUID refundId) {
    return Optional.ofNullable(em.find(PaymentRefund.class, refundId));
  }

  @Override
  public PaymentRefund findLockingItsTicket(UUID refundId) {
    PaymentRefund refund = em.find(PaymentRefund.class, refundId);
    em.find(PaymentTicket.class, refund.ticketId(), LockModeType.PESSIMISTIC_WRITE);
    em.refresh(refund);
    return refund;
  }

  @Override
  public int countOf(UUID ticketId) {
    return ((Number)
            em.createQuery("select count(r) from PaymentRefund r where r.ticketId = :ticket")
                .setParameter("ticket", ticketId)
                .getSingleResult())
        .intValue();
  }

  @Override
  public Optional<PaymentRefund> numbered(UUID ticketId, int n) {
    return em.createQuery(
            "select r from PaymentRefund r where r.ticketId = :ticket and r.n = :n",
            PaymentRefund.class)
        .setParameter("ticket", ticketId)
        .setParameter("n", n)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean recordsStripeRefund(String stripeRefundId) {
    return !em.createQuery("select r.id from PaymentRefund r where r.refundId = :id", UUID.class)
        .setParameter("id", stripeRefundId)
        .getResultList()
        .isEmpty();
  }

  /** Any refusal of the database counts, as the unique key of ticket and number is what refuses. */
  @Override
  public boolean addNumbered(PaymentRefund refund) {
    em.persist(refund);
    try {
      em.flush();
      return true;
    } catch (PersistenceException e) {
      return false;
    }
  }

  @Override
  public void add(PaymentRefund refund) {
    em.persist(refund);
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public List<UUID> requestedBefore(Optional<UUID> tenantId, Instant before, int max) {
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
    return query.setMaxResults(max).getResultList();
  }

  @Override
  public List<PaymentRefund> refused(Optional<UUID> tenantId, int max) {
    TypedQuery<PaymentRefund> query =
        em.createQuery(
                "select r from PaymentRefund r where r.state = :failed"
                    + (tenantId.isPresent() ? " and r.tenantId = :tenant" : ""),
                PaymentRefund.class)
            .setParameter("failed", PaymentRefund.State.FAILED);
    tenantId.ifPresent(tenant -> query.setParameter("tenant", tenant));
    return query.setMaxResults(max).getResultList();
  }
}
