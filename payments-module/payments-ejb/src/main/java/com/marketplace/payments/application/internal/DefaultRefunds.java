package com.marketplace.payments.application.internal;

import com.marketplace.common.audit.Auditor;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.money.Money;
import com.marketplace.payments.application.PaymentOrderRegistry;
import com.marketplace.payments.application.Refunds;
import com.marketplace.payments.domain.PaymentRefund;
import com.marketplace.payments.domain.PaymentRefundRepository;
import com.marketplace.payments.domain.PaymentTicket;
import com.marketplace.payments.domain.PaymentTicketRepository;
import com.marketplace.payments.domain.TicketStatus;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.UUID;

/** Refunding orders' payments, partially or fully, for their owning modules. */
@Stateless
@Local(Refunds.class)
public class DefaultRefunds implements Refunds {

  @Inject PaymentTicketRepository tickets;
  @Inject PaymentRefundRepository paymentRefunds;
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
        tickets
            .liveOfOrderLocked(tenantId, orderType, orderId)
            .orElseThrow(() -> ApiException.notFound("paymentTicket", orderId));
    Money refund = amount != null ? amount : ticket.refundable();
    TicketStatus statusBefore = ticket.status();
    ticket.refund(refund);
    TicketUpdates updates = new TicketUpdates(registry, auditor);
    PaymentRefund requested =
        PaymentRefund.requested(
            ticket,
            actorId,
            new RefundRecords(paymentRefunds, updates).next(ticket),
            refund,
            reason);
    if (!paymentRefunds.addNumbered(requested)) {
      // a concurrent refund of the same ticket took the same number first
      throw ApiException.conflict(
          "errMsg_refundConflict", "Another refund of this payment ran at the same time; retry");
    }
    updates.refunded(ticket, statusBefore);
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
