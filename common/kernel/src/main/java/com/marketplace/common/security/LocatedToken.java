package com.marketplace.common.security;

import java.util.Objects;

/**
 * An access token as found in a request, not yet verified.
 *
 * @param token the compact token, trimmed
 * @param place where it was found
 */
public record LocatedToken(String token, Place place) {

  /** Where in a request a token was found, in the order {@link TokenLocator} looks. */
  public enum Place {
    /** Query parameter {@code access_token}. */
    QUERY,
    /** {@code Authorization: Bearer <token>}. */
    AUTHORIZATION_HEADER,
    /** Header {@code <project>-access-token}. */
    PROJECT_HEADER,
    /** Cookie {@code <project>-access-token}. */
    COOKIE
  }

  public LocatedToken {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(place, "place");
  }

  /** Leaves out the token: it is a bearer credential and must not end up in logs. */
  @Override
  public String toString() {
    return "LocatedToken[place=" + place + "]";
  }
}
