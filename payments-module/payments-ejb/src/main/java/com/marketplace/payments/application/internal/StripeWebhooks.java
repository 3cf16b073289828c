package com.marketplace.payments.application.internal;

import com.marketplace.payments.infrastructure.stripe.IntentState;
import com.marketplace.payments.infrastructure.stripe.StripeConfiguration;
import com.marketplace.payments.infrastructure.stripe.StripeEvents;
import com.marketplace.payments.infrastructure.stripe.StripeGateway;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Stripe's webhook deliveries. An event is only a hint: the PaymentIntent it concerns (and its
 * refunds) is re-read from Stripe with no transaction open, then applied, and the event recorded as
 * processed, in one transaction ({@link WebhookSteps}). So a late, reordered or duplicated event
 * applies the newest truth once; an event of another API version is understood; and one that cannot
 * be applied fails with a 5xx, leaving nothing recorded, so that Stripe delivers it again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StripeWebhooks {

  @EJB WebhookSteps steps;
  @Inject StripeConfiguration.WebhookSecret webhookSecret;
  @Inject StripeGateway stripe;

  public void receive(String payload, String signature) {
    StripeEvents.VerifiedEvent event =
        StripeEvents.verify(payload, signature, webhookSecret.value());
    if (steps.processed(event.id())) {
      return;
    }
    Optional<IntentState> intent = event.paymentIntentId().map(stripe::retrieve);
    List<StripeGateway.RefundState> refunds =
        event.refunds() && intent.isPresent() ? stripe.refunds(intent.get().id()) : List.of();
    steps.apply(event, intent, refunds);
  }
}
