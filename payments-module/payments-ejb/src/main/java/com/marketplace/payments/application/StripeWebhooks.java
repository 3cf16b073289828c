package com.marketplace.payments.application;

import com.marketplace.common.audit.Auditor;
import com.marketplace.payments.infrastructure.stripe.StripeConfiguration;
import com.marketplace.payments.infrastructure.stripe.StripeEvents;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Stripe's webhook deliveries, applied to the payment tickets they concern. */
@Stateless
public class StripeWebhooks {

  @PersistenceContext(unitName = "payments")
  EntityManager em;

  @EJB PaymentOrderRegistry registry;
  @Inject StripeConfiguration.WebhookSecret webhookSecret;
  @Inject Auditor auditor;

  /**
   * A Stripe webhook delivery: verified, applied once per event id (a redelivery finds its id
   * already recorded and changes nothing), in one transaction with the owning module's reaction.
   */
  public void receive(String payload, String signature) {
    StripeEvents.VerifiedEvent event =
        StripeEvents.verify(payload, signature, webhookSecret.value());
    int first =
        em.createNativeQuery(
                "insert into payments.processed_webhook_event (event_id, event_type)"
                    + " values (?1, ?2) on conflict do nothing")
            .setParameter(1, event.id())
            .setParameter(2, event.type())
            .executeUpdate();
    if (first == 0) {
      return;
    }
    if (event.intent().isPresent()) {
      StripeEvents.IntentReport report = event.intent().get();
      // an event about a PaymentIntent not recorded yet (its request still open) changes
      // nothing here: that request applies the same status from Stripe's answer itself
      new PaymentTickets(em)
          .byPaymentId(report.paymentIntentId())
          .ifPresent(
              ticket ->
                  new TicketUpdates(registry, auditor)
                      .apply(ticket, report.status(), report.observedAt()));
    }
  }
}
