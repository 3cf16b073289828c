package com.marketplace.booking.api;

import com.marketplace.common.security.TokenAuthenticationMechanism;
import jakarta.enterprise.context.ApplicationScoped;

/** Tokens of project airbnb3: header and cookie {@code <project>-access-token}. */
@ApplicationScoped
public class BookingAuthentication extends TokenAuthenticationMechanism {

  /** Also read by the one-WAR build for Payara Micro, whose one mechanism serves every module. */
  public static final String[] PROJECTS = {"airbnb3"};

  public BookingAuthentication() {
    super(PROJECTS);
  }
}
