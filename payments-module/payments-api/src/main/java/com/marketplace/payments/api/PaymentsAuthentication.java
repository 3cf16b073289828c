package com.marketplace.payments.api;

import com.marketplace.common.security.TokenAuthenticationMechanism;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tokens of project tutorhub and airbnb3 (both marketplaces call it): header and cookie {@code
 * <project>-access-token}.
 */
@ApplicationScoped
public class PaymentsAuthentication extends TokenAuthenticationMechanism {

  public PaymentsAuthentication() {
    super("tutorhub", "airbnb3");
  }
}
