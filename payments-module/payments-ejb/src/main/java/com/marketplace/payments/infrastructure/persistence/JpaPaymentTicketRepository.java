package com.marketplace.payments.infrastructure.persistence;

import com.marketplace.payments.domain.PaymentTicket;
import com.marketplace.payments.domain.PaymentTicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaPaymentTicketRepository implements PaymentTicketRepository {

  @PersistenceContext(unitName = "payments")
  EntityManager em;

  @Override
  public Optional<PaymentTicket> find(UUID ticketId) {
    return Optional.ofNullable(em.find(PaymentTicket.class, ticketId));
  }

  @Override
  public Optional<PaymentTicket> findLocked(UUID ticketId) {
    return Optional.ofNullable(
        em.find(PaymentTicket.class, ticketId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<PaymentTicket> liveOfOrderLocked(UUID tenantId, String orderType, UUID orderId) {
    return em.createQuery(
            "select t from PaymentTicket t where t.tenantId = :tenant and t.orderType = :type"
                + " and t.orderId = :order and t.active = true",
            PaymentTicket.class)
        .setParameter("tenant", tenantId)
        .setParameter("type", orderType)
        .setParameter("order", orderId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<PaymentTicket> ofPaymentLocked(String paymentId) {
    return em.createQuery(
            "select t from PaymentTicket t where t.paymentId = :payment", PaymentTicket.class)
        .setParameter("payment", paymentId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<PaymentTicket> shownOfOrder(UUID tenantId, String orderType, UUID orderId) {
    return em.createQuery(
            "select t from PaymentTicket t where t.tenantId = :tenant"
                + " and t.orderType = :type and t.orderId = :order"
                + " order by t.active desc, t.createdAt desc",
            PaymentTicket.class)
        .setParameter("tenant", tenantId)
        .setParameter("type", orderType)
        .setParameter("order", orderId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<PaymentTicket> ofPayment(UUID tenantId, String orderType, String paymentId) {
    return em.createQuery(
            "select t from PaymentTicket t where t.tenantId = :tenant"
                + " and t.orderType = :type and t.paymentId = :payment",
            PaymentTicket.class)
        .setParameter("tenant", tenantId)
        .setParameter("type", orderType)
        .setParameter("payment", paymentId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<PaymentTicket> liveOfPayment(String orderType, String paymentId) {
    return em.createQuery(
            "select t from PaymentTicket t where t.paymentId = :payment and t.orderType = :type"
                + " and t.active = true",
            PaymentTicket.class)
        .setParameter("payment", paymentId)
        .setParameter("type", orderType)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean paymentInUse(String paymentId) {
    return !em.createQuery(
            "select t.id from PaymentTicket t where t.paymentId = :payment", UUID.class)
        .setParameter("payment", paymentId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void add(PaymentTicket ticket) {
    em.persist(ticket);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
