package com.marketplace.common.security;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;

/**
 * Authentication from the spec's four token places (query {@code access_token}, {@code
 * Authorization: Bearer}, header and cookie {@code <project>-access-token}; first found wins),
 * called by {@link com.marketplace.common.web.TokenAuthenticationFilter} in front of JAX-RS. MP-JWT
 * on Payara reads only the first two places, hence this mechanism.
 *
 * <p>It never refuses a request itself: a missing or invalid token leaves the caller anonymous and
 * records why in the request's attributes, and the kernel's access policy answers 401 only where a
 * route needs a login. Public routes stay public even with a stale cookie. Each web module
 * subclasses it as an application-scoped bean naming its project, e.g. {@code tutorhub}.
 *
 * <p>Not a Jakarta Security {@code HttpAuthenticationMechanism}: nothing in the platform reads the
 * container's principal, and Payara's bridge to such a mechanism (Soteria 3.0.3) looks the
 * mechanism up through JNDI twice per request, building a {@code NamingException} with its stack
 * trace each time: a tenth of a cheap request's CPU (docs/benchmark.md, seventh round).
 */
public abstract class TokenAuthenticationMechanism {

  /** Request attribute holding the {@link VerifiedToken} of an authenticated request. */
  public static final String TOKEN = VerifiedToken.class.getName();

  /**
   * Request attribute holding the {@link LocatedToken.Place} of an authenticated request's token: a
   * cookie is sent by the browser on its own, so the kernel's cross-site check needs to know.
   */
  public static final String PLACE = LocatedToken.Place.class.getName();

  /** Request attribute holding the {@link InvalidTokenException} of a rejected token. */
  public static final String FAILURE = InvalidTokenException.class.getName();

  /**
   * Request attribute holding how long verifying the token took, in nanoseconds (a {@code Long}):
   * the envelope's {@code ssoTime}.
   */
  public static final String VERIFICATION_NANOS =
      TokenAuthenticationMechanism.class.getName() + ".nanos";

  private final TokenLocator locator;

  @Inject AccessTokenVerifier verifier;

  protected TokenAuthenticationMechanism(String... projectNames) {
    this.locator = new TokenLocator(List.of(projectNames));
  }

  /**
   * The request's token, looked for under the module's project names. The one-WAR build for Payara
   * Micro, which serves every module from one web module, chooses the names by path instead
   * (docs/payara-micro.md).
   */
  protected Optional<LocatedToken> locate(HttpServletRequest request) {
    return locator.locate(new ServletTokenSource(request));
  }

  /**
   * Reads and verifies the request's token, leaving the outcome in the request's attributes: the
   * {@link #TOKEN} and its {@link #PLACE}, or the {@link #FAILURE}; nothing when there is no token.
   */
  public void authenticate(HttpServletRequest request) {
    Optional<LocatedToken> located = locate(request);
    if (located.isEmpty()) {
      return;
    }
    long started = System.nanoTime();
    try {
      VerifiedToken token = verifier.verify(located.get().token());
      request.setAttribute(VERIFICATION_NANOS, System.nanoTime() - started);
      request.setAttribute(TOKEN, token);
      request.setAttribute(PLACE, located.get().place());
    } catch (InvalidTokenException e) {
      request.setAttribute(VERIFICATION_NANOS, System.nanoTime() - started);
      request.setAttribute(FAILURE, e);
    }
  }
}
