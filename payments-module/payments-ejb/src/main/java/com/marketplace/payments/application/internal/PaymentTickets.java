package com.marketplace.payments.application.internal;

import com.marketplace.payments.application.PayableOrder;
import com.marketplace.payments.domain.PaymentTicket;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds and opens payment tickets, one per order (the database's unique key agrees).
 *
 * <p>Every read here is for an update and locks the ticket's row ({@code FOR UPDATE}): a webhook
 * about a PaymentIntent may arrive while the request that created it is still open, and must wait
 * for it rather than race it (and make it fail after Stripe has charged the card).
 */
public final class PaymentTickets {

  private final EntityManager em;

  public PaymentTickets(EntityManager em) {
    this.em = em;
  }

  public Optional<PaymentTicket> find(UUID tenantId, String orderType, UUID orderId) {
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

  public Optional<PaymentTicket> byId(UUID ticketId) {
    return Optional.ofNullable(
        em.find(PaymentTicket.class, ticketId, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<PaymentTicket> byPaymentId(String paymentId) {
    return em.createQuery(
            "select t from PaymentTicket t where t.paymentId = :payment", PaymentTicket.class)
        .setParameter("payment", paymentId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** The order's ticket, opened with the order's amount if it has none yet. */
  public PaymentTicket open(UUID tenantId, String orderType, PayableOrder order) {
    return find(tenantId, orderType, order.orderId())
        .orElseGet(
            () -> {
              PaymentTicket ticket =
                  new PaymentTicket(
                      tenantId, order.ownerId(), orderType, order.orderId(), order.amount());
              em.persist(ticket);
              return ticket;
            });
  }
}
