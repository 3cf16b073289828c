package com.marketplace.common.security;

import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link AccessTokenVerifier} trusts.
 *
 * @param issuer the exact {@code iss} every token must carry
 * @param audience if present, {@code aud} must be or contain it; if empty, {@code aud} is ignored
 * @param clockSkew tolerance for {@code exp}, {@code nbf} and {@code iat}, between zero and {@link
 *     #MAX_CLOCK_SKEW}; applied in whole seconds (the fraction is dropped)
 * @param keys the signing keys' public halves, RSA (RS256) or EC P-256 (ES256); more than one lets
 *     tokens signed with the outgoing key keep working during a rotation
 */
public record TokenSettings(
    String issuer, Optional<String> audience, Duration clockSkew, List<PublicKey> keys) {

  /** Larger skews would quietly extend every token's lifetime. */
  public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

  /**
   * @throws IllegalArgumentException if a value is out of bounds or a key is unsupported (see
   *     {@link PublicKeys})
   */
  public TokenSettings {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(clockSkew, "clockSkew");
    Objects.requireNonNull(keys, "keys");
    if (issuer.isBlank()) {
      throw new IllegalArgumentException("issuer must not be blank");
    }
    if (audience.filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException("audience must not be blank when present");
    }
    if (clockSkew.isNegative() || clockSkew.compareTo(MAX_CLOCK_SKEW) > 0) {
      throw new IllegalArgumentException("clockSkew must be between 0 and " + MAX_CLOCK_SKEW);
    }
    keys = List.copyOf(keys);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("at least one key is required");
    }
    keys.forEach(PublicKeys::requireSupported);
  }
}
