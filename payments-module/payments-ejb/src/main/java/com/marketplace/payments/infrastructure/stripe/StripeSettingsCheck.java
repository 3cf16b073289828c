package com.marketplace.payments.infrastructure.stripe;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Provider;

/**
 * Reads the Stripe settings while the application deploys, so that a missing or malformed {@code
 * STRIPE_API_KEY} or {@code STRIPE_WEBHOOK_SECRET} fails the deployment with a message naming the
 * key, instead of the first payment.
 */
@Startup
@Singleton
public class StripeSettingsCheck {

  @Inject Provider<StripeGateway> gateway;
  @Inject Provider<StripeConfiguration.WebhookSecret> webhookSecret;

  @PostConstruct
  void check() {
    gateway.get();
    if (!webhookSecret.get().value().startsWith("whsec_")) {
      throw new IllegalStateException(
          "STRIPE_WEBHOOK_SECRET must be a webhook signing secret (whsec_...)");
    }
  }
}
