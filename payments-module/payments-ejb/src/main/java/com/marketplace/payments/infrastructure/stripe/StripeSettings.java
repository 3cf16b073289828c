package com.marketplace.payments.infrastructure.stripe;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** How to reach Stripe: key, optional API base (the emulator), bounded timeouts and retries. */
public record StripeSettings(
    String apiKey,
    Optional<String> apiBase,
    Duration connectTimeout,
    Duration readTimeout,
    int maxNetworkRetries) {

  public StripeSettings {
    Objects.requireNonNull(apiKey, "STRIPE_API_KEY");
    if (!apiKey.startsWith("sk_") && !apiKey.startsWith("rk_")) {
      throw new IllegalArgumentException(
          "STRIPE_API_KEY must be a secret (sk_) or restricted (rk_) key");
    }
    if (maxNetworkRetries < 0 || maxNetworkRetries > 5) {
      throw new IllegalArgumentException("between 0 and 5 network retries");
    }
  }
}
