package com.marketplace.enrollment.api;

import com.marketplace.common.security.TokenAuthenticationMechanism;
import jakarta.enterprise.context.ApplicationScoped;

/** Tokens of project tutorhub: header and cookie {@code <project>-access-token}. */
@ApplicationScoped
public class EnrollmentAuthentication extends TokenAuthenticationMechanism {

  /** Also read by the one-WAR build for Payara Micro, whose one mechanism serves every module. */
  public static final String[] PROJECTS = {"tutorhub"};

  public EnrollmentAuthentication() {
    super(PROJECTS);
  }
}
