package com.marketplace.platform;

import com.marketplace.common.security.AccessTokenVerifier;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Provider;

/**
 * Builds the token verifier while the application deploys, so that a missing or unsafe
 * configuration (no issuer, no key, the public dev key outside dev mode) fails the deployment
 * instead of the first request.
 */
@Startup
@Singleton
public class SecuritySettingsCheck {

  @Inject Provider<AccessTokenVerifier> verifier;

  @PostConstruct
  void check() {
    verifier.get();
  }
}
