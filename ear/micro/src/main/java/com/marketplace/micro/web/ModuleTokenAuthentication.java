package com.marketplace.micro.web;

import com.marketplace.booking.api.BookingAuthentication;
import com.marketplace.common.security.LocatedToken;
import com.marketplace.common.security.ServletTokenSource;
import com.marketplace.common.security.TokenAuthenticationMechanism;
import com.marketplace.common.security.TokenLocator;
import com.marketplace.enrollment.api.EnrollmentAuthentication;
import com.marketplace.payments.api.PaymentsAuthentication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one authentication mechanism of Payara Micro's one WAR, standing in for the three modules'
 * own (excluded by that WAR's {@code beans.xml}): the kernel's token filter looks up the one
 * mechanism bean of its web module, and there one web module serves every module's API. It looks
 * for a request's token under the project names of the module whose path it came to ({@code
 * /booking/…}: {@code airbnb3}, as {@link BookingAuthentication} does in the EAR); a request
 * outside the modules' paths stays anonymous.
 */
@ApplicationScoped
public class ModuleTokenAuthentication extends TokenAuthenticationMechanism {

  /** By the servlet path each module's JAX-RS application is mapped to (the WAR's web.xml). */
  static final Map<String, TokenLocator> MODULES =
      Map.of(
          "/booking", locator(BookingAuthentication.PROJECTS),
          "/enrollment", locator(EnrollmentAuthentication.PROJECTS),
          "/payments", locator(PaymentsAuthentication.PROJECTS));

  public ModuleTokenAuthentication() {
    super(PaymentsAuthentication.PROJECTS); // unused: locate(…) chooses by path
  }

  @Override
  protected Optional<LocatedToken> locate(HttpServletRequest request) {
    TokenLocator locator = MODULES.get(request.getServletPath());
    return locator == null ? Optional.empty() : locator.locate(new ServletTokenSource(request));
  }

  private static TokenLocator locator(String... projectNames) {
    return new TokenLocator(List.of(projectNames));
  }
}
