package com.marketplace.payments.application;

import com.marketplace.common.audit.Auditor;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.money.Money;
import com.marketplace.payments.domain.PaymentRefund;
import com.marketplace.payments.domain.PaymentTicket;
import com.marketplace.payments.infrastructure.stripe.StripeGateway;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Map;
import java.util.UUID;

/** Refunding orders' payments, partially or fully, for their owning modules. */
@Stateless
public class Refunds {

  @PersistenceContext(unitName = "payments")
  EntityManager em;

  @EJB PaymentOrderRegistry registry;
  @Inject StripeGateway stripe;
  @Inject Auditor auditor;

  /**
   * Refunds {@code amount} of an order's payment (all that is left when null), for the owning
   * module: a cancellation, a dispute, an admin decision. Several partial refunds may follow one
   * another up to the amount paid; beyond it, 422. Tells the owning module in this transaction.
   *
   * @return the refund's id at Stripe
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
    int n =
        ((Number)
                    em.createQuery(
                            "select count(r) from PaymentRefund r where r.ticketId = :ticket")
                        .setParameter("ticket", ticket.id())
                        .getSingleResult())
                .intValue()
            + 1;
    String refundId =
        stripe.refund(
            "refund:" + tenantId + ":" + ticket.id() + ":" + n,
            ticket.paymentId(),
            refund,
            Map.of("ticketId", ticket.id().toString(), "n", "" + n));
    em.persist(new PaymentRefund(ticket, actorId, n, refund, refundId, reason));
    auditor.transition(
        tenantId,
        "paymentTicket",
        ticket.id(),
        "statusLiteral",
        literalBefore,
        ticket.statusLiteral());
    new TicketUpdates(registry, auditor).notifyOwner(ticket);
    try {
      em.flush();
    } catch (PersistenceException e) {
      // a concurrent refund of the same ticket won: ours is not recorded, and Stripe replays the
      // same refund for the same number rather than paying twice
      throw ApiException.conflict(
          "errMsg_refundConflict", "Another refund of this payment ran at the same time; retry");
    }
    return refundId;
  }
}
