package com.marketplace.payments.application;

import com.marketplace.common.audit.Auditor;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.money.Money;
import com.marketplace.payments.application.internal.PaymentTickets;
import com.marketplace.payments.application.internal.RefundExecution;
import com.marketplace.payments.application.internal.RefundRecords;
import com.marketplace.payments.application.internal.TicketUpdates;
import com.marketplace.payments.domain.PaymentRefund;
import com.marketplace.payments.domain.PaymentTicket;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.UUID;

/** Refunding orders' payments, partially or fully, for their owning modules. */
@Stateless
public class Refunds {

  @PersistenceContext(unitName = "payments")
  EntityManager em;

  @EJB PaymentOrderRegistry registry;
  @EJB RefundExecution execution;
  @Inject Auditor auditor;
  @Resource TransactionSynchronizationRegistry transactions;
  @Resource ManagedExecutorService executor;

  /**
   * Refunds {@code amount} of an order's payment (all that is left when null), for the owning
   * module: a cancellation, a dispute, an admin decision. Several partial refunds may follow one
   * another up to the amount paid; beyond it, 422.
   *
   * <p>The refund is recorded in the caller's transaction, and the owning module hears of it there
   * (so "cancelled and refunded" commit together); Stripe is asked only once that transaction has
   * committed, with no transaction open. A refund whose transaction rolls back is never made; one
   * whose Stripe call fails is made later by the reconciliation, under the same key.
   *
   * @return the id of the platform's refund record
   */
  public String refund(
      UUID tenantId, UUID actorId, String orderType, UUID orderId, Money amount, String reason) {
    PaymentTicket ticket =
        new PaymentTickets(em)
            .find(tenantId, orderType, orderId)
            .orElseThrow(() -> ApiException.notFound("paymentTicket", orderId));
    Money refund = amount != null ? amount : ticket.refundable();
    String literalBefore = ticket.statusLiteral();
    ticket.refund(refund);
    TicketUpdates updates = new TicketUpdates(registry, auditor);
    PaymentRefund requested =
        PaymentRefund.requested(
            ticket, actorId, new RefundRecords(em, updates).next(ticket), refund, reason);
    em.persist(requested);
    try {
      em.flush();
    } catch (PersistenceException e) {
      // a concurrent refund of the same ticket took the same number first
      throw ApiException.conflict(
          "errMsg_refundConflict", "Another refund of this payment ran at the same time; retry");
    }
    updates.refunded(ticket, literalBefore);
    askStripeAfterCommit(requested.id());
    return requested.id().toString();
  }

  private void askStripeAfterCommit(UUID refundId) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              executor.execute(() -> execution.make(refundId));
            }
          }
        });
  }
}
