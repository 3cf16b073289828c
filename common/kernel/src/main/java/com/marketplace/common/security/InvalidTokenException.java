package com.marketplace.common.security;

import java.util.Objects;

/**
 * An access token was rejected. The {@link Reason} is meant for logs and metrics; callers should
 * answer every reason with the same 401 so that clients cannot probe which check failed.
 *
 * <p>Checked on purpose: every caller of {@link AccessTokenVerifier#verify} has to decide what an
 * unauthenticated request means at that point. The message never contains the token or any part of
 * it, so it is safe to log.
 */
public final class InvalidTokenException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why a token was rejected. */
  public enum Reason {
    /**
     * Not a parsable compact JWS, its claims are not a JSON object, or its {@code typ} is wrong.
     */
    MALFORMED,
    /** Unsigned, encrypted, or signed with an algorithm other than RS256/ES256 for our keys. */
    UNSUPPORTED_ALGORITHM,
    /** No configured key verifies the signature. */
    BAD_SIGNATURE,
    /** {@code exp} is in the past, beyond the allowed clock skew. */
    EXPIRED,
    /** {@code nbf} or {@code iat} is in the future, beyond the allowed clock skew. */
    NOT_YET_VALID,
    /** {@code iss} is not the configured issuer. */
    WRONG_ISSUER,
    /** An audience is configured and {@code aud} is absent or does not contain it. */
    WRONG_AUDIENCE,
    /** A required claim is absent or null. */
    MISSING_CLAIM,
    /** A claim is present but of the wrong type or form (e.g. a {@code sub} that is no UUID). */
    INVALID_CLAIM
  }

  private final Reason reason;

  /**
   * @param reason why the token was rejected
   * @param message what failed, without any part of the token
   */
  public InvalidTokenException(Reason reason, String message) {
    // No stack trace: rejections are routine and attacker-triggered, and the reason says it all.
    super(Objects.requireNonNull(message, "message"), null, false, false);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** Why the token was rejected. */
  public Reason reason() {
    return reason;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + reason + "]: " + getMessage();
  }
}
