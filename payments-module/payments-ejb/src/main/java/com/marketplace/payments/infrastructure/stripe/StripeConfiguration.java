package com.marketplace.payments.infrastructure.stripe;

import com.marketplace.payments.application.internal.PaymentWindows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Stripe from MicroProfile Config: {@code STRIPE_API_KEY}, {@code STRIPE_WEBHOOK_SECRET}, and
 * {@code STRIPE_API_BASE} to point at the local emulator (unset: Stripe itself).
 */
@ApplicationScoped
public class StripeConfiguration {

  @Produces
  @Singleton
  StripeGateway gateway() {
    Config config = ConfigProvider.getConfig();
    return new StripeGateway(
        new StripeSettings(
            config.getValue("STRIPE_API_KEY", String.class),
            config.getOptionalValue("STRIPE_API_BASE", String.class),
            Duration.ofMillis(
                config.getOptionalValue("STRIPE_CONNECT_TIMEOUT_MS", Integer.class).orElse(3_000)),
            Duration.ofMillis(
                config.getOptionalValue("STRIPE_READ_TIMEOUT_MS", Integer.class).orElse(15_000)),
            config.getOptionalValue("STRIPE_MAX_NETWORK_RETRIES", Integer.class).orElse(2)));
  }

  /**
   * {@code PAYMENTS_ATTEMPT_GRACE_SECONDS} (120), {@code PAYMENTS_ABANDON_AFTER_MINUTES} (1440) and
   * {@code PAYMENTS_RECONCILIATION_WINDOW_HOURS} (72).
   */
  @Produces
  @Singleton
  PaymentWindows windows() {
    Config config = ConfigProvider.getConfig();
    return new PaymentWindows(
        Duration.ofSeconds(
            config.getOptionalValue("PAYMENTS_ATTEMPT_GRACE_SECONDS", Integer.class).orElse(120)),
        Duration.ofMinutes(
            config.getOptionalValue("PAYMENTS_ABANDON_AFTER_MINUTES", Integer.class).orElse(1440)),
        Duration.ofHours(
            config
                .getOptionalValue("PAYMENTS_RECONCILIATION_WINDOW_HOURS", Integer.class)
                .orElse(72)));
  }

  @Produces
  @Singleton
  WebhookSecret webhookSecret() {
    return new WebhookSecret(
        ConfigProvider.getConfig().getValue("STRIPE_WEBHOOK_SECRET", String.class));
  }

  /** The secret Stripe signs webhook deliveries with ({@code whsec_...}). */
  public record WebhookSecret(String value) {}
}
