package com.marketplace.micro.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import com.marketplace.common.security.LocatedToken;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModuleTokenAuthenticationTest {

  private final ModuleTokenAuthentication mechanism = new ModuleTokenAuthentication();

  @Test
  void aBookingRequestIsReadUnderBookingsProjectNameOnly() {
    assertThat(token("/booking", "airbnb3-access-token"), equalTo(Optional.of("t")));
    assertThat(token("/booking", "tutorhub-access-token"), is(Optional.empty()));
  }

  @Test
  void anEnrollmentRequestIsReadUnderEnrollmentsProjectNameOnly() {
    assertThat(token("/enrollment", "tutorhub-access-token"), equalTo(Optional.of("t")));
    assertThat(token("/enrollment", "airbnb3-access-token"), is(Optional.empty()));
  }

  @Test
  void aPaymentsRequestIsReadUnderBothProjectNames() {
    assertThat(token("/payments", "tutorhub-access-token"), equalTo(Optional.of("t")));
    assertThat(token("/payments", "airbnb3-access-token"), equalTo(Optional.of("t")));
  }

  @Test
  void aRequestOutsideTheModulesStaysAnonymousEvenWithABearerToken() {
    assertThat(token("", "Authorization"), is(Optional.empty()));
    assertThat(token("/booking", "Authorization"), equalTo(Optional.of("t")));
  }

  /** The token found in a request to {@code servletPath} carrying it in the header {@code name}. */
  private Optional<String> token(String servletPath, String name) {
    String value = name.equals("Authorization") ? "Bearer t" : "t";
    HttpServletRequest request =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getServletPath" -> servletPath;
                      case "getHeader" -> name.equalsIgnoreCase((String) args[0]) ? value : null;
                      default -> null;
                    });
    return mechanism.locate(request).map(LocatedToken::token);
  }
}
