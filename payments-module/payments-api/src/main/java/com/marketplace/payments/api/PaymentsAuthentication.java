package com.marketplace.payments.api;

import com.marketplace.common.security.TokenAuthenticationMechanism;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tokens of project tutorhub and airbnb3 (both marketplaces call it): header and cookie {@code
 * <project>-access-token}.
 */
@ApplicationScoped
public class PaymentsAuthentication extends TokenAuthenticationMechanism {

  /** Also read by the one-WAR build for Payara Micro, whose one mechanism serves every module. */
  public static final String[] PROJECTS = {"tutorhub", "airbnb3"};

  public PaymentsAuthentication() {
    super(PROJECTS);
  }
}
