package com.marketplace.common.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;

/**
 * Jakarta Security authentication from the spec's four token places (query {@code access_token},
 * {@code Authorization: Bearer}, header and cookie {@code <project>-access-token}; first found
 * wins). MP-JWT on Payara reads only the first two, hence this mechanism.
 *
 * <p>It never refuses a request itself: a missing or invalid token leaves the caller anonymous and
 * records why, and the kernel's access policy answers 401 only where a route needs a login. Public
 * routes stay public even with a stale cookie. Each web module subclasses it as an
 * application-scoped bean naming its project, e.g. {@code tutorhub}.
 */
public abstract class TokenAuthenticationMechanism implements HttpAuthenticationMechanism {

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

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Optional<LocatedToken> located = locate(request);
    if (located.isEmpty()) {
      return context.doNothing();
    }
    long started = System.nanoTime();
    try {
      VerifiedToken token = verifier.verify(located.get().token());
      request.setAttribute(VERIFICATION_NANOS, System.nanoTime() - started);
      request.setAttribute(TOKEN, token);
      request.setAttribute(PLACE, located.get().place());
      return context.notifyContainerAboutLogin(
          new CallerPrincipal(token.userId().toString()), token.roles());
    } catch (InvalidTokenException e) {
      request.setAttribute(VERIFICATION_NANOS, System.nanoTime() - started);
      request.setAttribute(FAILURE, e);
      return context.doNothing();
    }
  }
}
