package com.marketplace.payments.application.internal;

import com.marketplace.common.audit.Auditor;
import com.marketplace.common.metrics.BusinessMetrics;
import com.marketplace.payments.application.PaymentOrderRegistry;
import com.marketplace.payments.domain.PaymentAttempt;
import com.marketplace.payments.domain.PaymentTicket;
import com.marketplace.payments.infrastructure.stripe.IntentState;
import com.marketplace.payments.infrastructure.stripe.StripeEvents;
import com.marketplace.payments.infrastructure.stripe.StripeGateway;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Applies one webhook event, and records it as processed, in one transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WebhookSteps {

  @PersistenceContext(unitName = "payments")
  EntityManager em;

  @EJB PaymentOrderRegistry registry;
  @Inject Auditor auditor;
  @Inject BusinessMetrics metrics;

  /** Whether the event was applied already (a redelivery changes nothing). */
  public boolean processed(String eventId) {
    return !em.createNativeQuery(
            "select 1 from payments.processed_webhook_event where event_id = ?1")
        .setParameter(1, eventId)
        .getResultList()
        .isEmpty();
  }

  /**
   * Applies the PaymentIntent's current state, records refunds made outside the platform and
   * chargebacks, then marks the event processed; a concurrent delivery of the same event finds it
   * processed and changes nothing.
   */
  public void apply(
      StripeEvents.VerifiedEvent event,
      Optional<IntentState> intent,
      List<StripeGateway.RefundState> refunds) {
    int first =
        em.createNativeQuery(
                "insert into payments.processed_webhook_event (event_id, event_type, outcome)"
                    + " values (?1, ?2, ?3) on conflict do nothing")
            .setParameter(1, event.id())
            .setParameter(2, event.type())
            .setParameter(3, "applied")
            .executeUpdate();
    if (first == 1) {
      metrics.webhookEvent(event.type(), event.created());
    }
    if (first == 0 || intent.isEmpty()) {
      return;
    }
    Optional<PaymentTicket> found = ticketOf(intent.get());
    if (found.isEmpty()) {
      outcome(event, "no ticket: not a payment of this platform");
      return;
    }
    PaymentTicket ticket = found.get();
    if (!ticket.accepts(intent.get().id())) {
      outcome(event, "another payment of the order: the reconciliation gives it back");
      return;
    }
    TicketUpdates updates = new TicketUpdates(registry, auditor);
    ticket.attach(intent.get().id(), intent.get().nextActionUrl());
    updates.apply(ticket, intent.get().status(), intent.get().observedAt());
    closeAttempt(intent.get());
    new RefundRecords(em, updates).recordMissing(ticket, refunds);
    event.dispute().ifPresent(dispute -> updates.disputed(ticket, dispute));
  }

  private Optional<PaymentTicket> ticketOf(IntentState intent) {
    PaymentTickets tickets = new PaymentTickets(em);
    return intent.ticketId().flatMap(tickets::byId).or(() -> tickets.byPaymentId(intent.id()));
  }

  private void closeAttempt(IntentState intent) {
    intent
        .attemptId()
        .map(id -> em.find(PaymentAttempt.class, id, LockModeType.PESSIMISTIC_WRITE))
        .filter(PaymentAttempt::inFlight)
        .ifPresent(attempt -> attempt.applied(intent.id(), intent.status().stripeName()));
  }

  private void outcome(StripeEvents.VerifiedEvent event, String outcome) {
    em.createNativeQuery(
            "update payments.processed_webhook_event set outcome = ?2 where event_id = ?1")
        .setParameter(1, event.id())
        .setParameter(2, outcome)
        .executeUpdate();
  }
}
