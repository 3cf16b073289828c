package com.marketplace.payments.infrastructure.persistence;

import com.marketplace.payments.domain.PaymentAttempt;
import com.marketplace.payments.domain.PaymentAttemptRepository;
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
public class JpaPaymentAttemptRepository implements PaymentAttemptRepository {

  @PersistenceContext(unitName = "payments")
  EntityManager em;

  @Override
  public Optional<PaymentAttempt> findLocked(UUID attemptId) {
    return Optional.ofNullable(
        em.find(PaymentAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public UUID ticketOf(UUID attemptId) {
    return em.createQuery("select a.ticketId from PaymentAttempt a where a.id = :id", UUID.class)
        .setParameter("id", attemptId)
        .getSingleResult();
  }

  /** Any refusal of the database counts, as the unique indexes are what refuses here. */
  @Override
  public boolean add(PaymentAttempt attempt) {
    try {
      em.flush();
      em.persist(attempt);
      em.flush();
      return true;
    } catch (PersistenceException e) {
      return false;
    }
  }

  @Override
  public List<PaymentAttempt> inFlightOfOrder(UUID tenantId, String orderType, UUID orderId) {
    return em.createQuery(
            "select a from PaymentAttempt a, PaymentTicket t where a.ticketId = t.id"
                + " and t.tenantId = :tenant and t.orderType = :type and t.orderId = :order"
                + " and t.active = true and a.state = :started",
            PaymentAttempt.class)
        .setParameter("tenant", tenantId)
        .setParameter("type", orderType)
        .setParameter("order", orderId)
        .setParameter("started", PaymentAttempt.State.STARTED)
        .getResultList();
  }

  @Override
  public List<PaymentAttempt> inFlightSince(Optional<UUID> tenantId, Instant before, int max) {
    TypedQuery<PaymentAttempt> query =
        em.createQuery(
                "select a from PaymentAttempt a where a.state = :started and a.createdAt < :before"
                    + (tenantId.isPresent() ? " and a.tenantId = :tenant" : "")
                    + " order by a.createdAt",
                PaymentAttempt.class)
            .setParameter("started", PaymentAttempt.State.STARTED)
            .setParameter("before", before.atOffset(ZoneOffset.UTC));
    tenantId.ifPresent(tenant -> query.setParameter("tenant", tenant));
    return query.setMaxResults(max).getResultList();
  }
}
