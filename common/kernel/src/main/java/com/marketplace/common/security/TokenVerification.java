package com.marketplace.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** The one token verifier of the application, built from MicroProfile Config. */
@ApplicationScoped
public class TokenVerification {

  @Produces
  @Singleton
  AccessTokenVerifier verifier() {
    Config config = ConfigProvider.getConfig();
    return new AccessTokenVerifier(
        AuthSettings.read(key -> config.getOptionalValue(key, String.class)));
  }
}
