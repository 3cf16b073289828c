package com.marketplace.payments.application.internal;

import com.marketplace.common.audit.Auditor;
import com.marketplace.common.metrics.BusinessMetrics;
import com.marketplace.payments.application.PaymentOrderRegistry;
import com.marketplace.payments.domain.PaymentAttempt;
import com.marketplace.payments.domain.PaymentAttemptRepository;
import com.marketplace.payments.domain.PaymentRefundRepository;
import com.marketplace.payments.domain.PaymentTicket;
import com.marketplace.payments.domain.PaymentTicketRepository;
import com.marketplace.payments.domain.WebhookEventRepository;
import com.marketplace.payments.infrastructure.stripe.IntentState;
import com.marketplace.payments.infrastructure.stripe.StripeEvents;
import com.marketplace.payments.infrastructure.stripe.StripeGateway;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Applies one webhook event, and records it as processed, in one transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WebhookSteps {

  @Inject WebhookEventRepository webhookEvents;
  @Inject PaymentTicketRepository tickets;
  @Inject PaymentAttemptRepository attempts;
  @Inject PaymentRefundRepository paymentRefunds;
  @EJB PaymentOrderRegistry registry;
  @Inject Auditor auditor;
  @Inject BusinessMetrics metrics;

  /** Whether the event was applied already (a redelivery changes nothing). */
  public boolean processed(String eventId) {
    return webhookEvents.processed(eventId);
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
    boolean first = webhookEvents.recordFirst(event.id(), event.type(), "applied");
    if (first) {
      metrics.webhookEvent(event.type(), event.created());
    }
    if (!first || intent.isEmpty()) {
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
    new RefundRecords(paymentRefunds, updates).recordMissing(ticket, refunds);
    event.dispute().ifPresent(dispute -> updates.disputed(ticket, dispute));
  }

  private Optional<PaymentTicket> ticketOf(IntentState intent) {
    return intent
        .ticketId()
        .flatMap(tickets::findLocked)
        .or(() -> tickets.ofPaymentLocked(intent.id()));
  }

  private void closeAttempt(IntentState intent) {
    intent
        .attemptId()
        .flatMap(attempts::findLocked)
        .filter(PaymentAttempt::inFlight)
        .ifPresent(attempt -> attempt.applied(intent.id(), intent.status().stripeName()));
  }

  private void outcome(StripeEvents.VerifiedEvent event, String outcome) {
    webhookEvents.outcome(event.id(), outcome);
  }
}
