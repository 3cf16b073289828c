package com.marketplace.enrollment.api;

import com.marketplace.common.security.TokenAuthenticationMechanism;
import jakarta.enterprise.context.ApplicationScoped;

/** Tokens of project tutorhub: header and cookie {@code <project>-access-token}. */
@ApplicationScoped
public class EnrollmentAuthentication extends TokenAuthenticationMechanism {

  static final String[] PROJECTS = {"tutorhub"};

  public EnrollmentAuthentication() {
    super(PROJECTS);
  }
}
