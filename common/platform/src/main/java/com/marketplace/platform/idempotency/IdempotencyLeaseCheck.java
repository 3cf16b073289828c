package com.marketplace.platform.idempotency;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses, while the application deploys, an idempotency lease so short that a retry could take
 * over the claim of a request still running: the same request would then run twice at once.
 */
@Startup
@Singleton
public class IdempotencyLeaseCheck {

  static final String KEY = "IDEMPOTENCY_LEASE_SECONDS";
  static final String DEFAULT = "300";

  @Inject
  @ConfigProperty(name = KEY, defaultValue = DEFAULT)
  long leaseSeconds;

  @PostConstruct
  void check() {
    if (leaseSeconds < 10) {
      throw new IllegalArgumentException(KEY + " must be at least 10: " + leaseSeconds);
    }
  }
}
