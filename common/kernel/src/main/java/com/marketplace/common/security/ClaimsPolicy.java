package com.marketplace.common.security;

import com.marketplace.common.security.InvalidTokenException.Reason;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimNames;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.ExpiredJWTException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;

/**
 * Checks the registered claims of a token whose signature is already verified.
 *
 * <p>A single {@link DefaultJWTClaimsVerifier} checking everything tells its failures apart only by
 * message text. Here each concern gets its own verifier, so the step that fails names the {@link
 * Reason}. Every step judges against one instant; otherwise a token could pass the time step and
 * expire during a later one, which would then report the wrong reason.
 */
final class ClaimsPolicy {

  static final String TENANT_ID = "tenantId";
  static final String EMAIL = "email";

  private static final Set<String> REQUIRED =
      Set.of(
          JWTClaimNames.ISSUER,
          JWTClaimNames.SUBJECT,
          JWTClaimNames.EXPIRATION_TIME,
          JWTClaimNames.ISSUED_AT,
          JWTClaimNames.JWT_ID,
          TENANT_ID,
          EMAIL);

  private final JWTClaimsSet expectedIssuer;
  private final Set<String> acceptedAudience;
  private final int skewSeconds;
  private final Clock clock;

  ClaimsPolicy(TokenSettings settings, Clock clock) {
    this.expectedIssuer = new JWTClaimsSet.Builder().issuer(settings.issuer()).build();
    this.acceptedAudience = settings.audience().map(Set::of).orElse(null);
    this.skewSeconds = Math.toIntExact(settings.clockSkew().toSeconds());
    this.clock = clock;
  }

  /** Checks the claims and returns the instant they were judged at. */
  Instant check(JWTClaimsSet claims) throws InvalidTokenException {
    Date now = Date.from(clock.instant());
    // With nothing else configured, nimbus can only fail on exp (ExpiredJWTException) or nbf.
    run(verifierAt(now, null, null, null), claims, Reason.NOT_YET_VALID);
    requireIssuedInThePast(claims, now.toInstant());
    run(verifierAt(now, null, null, REQUIRED), claims, Reason.MISSING_CLAIM);
    run(verifierAt(now, null, expectedIssuer, null), claims, Reason.WRONG_ISSUER);
    if (acceptedAudience != null) {
      run(verifierAt(now, acceptedAudience, null, null), claims, Reason.WRONG_AUDIENCE);
    }
    return now.toInstant();
  }

  // nimbus leaves iat alone; a token issued in the future betrays a forger or a broken clock.
  private void requireIssuedInThePast(JWTClaimsSet claims, Instant now)
      throws InvalidTokenException {
    Date issuedAt = claims.getIssueTime();
    Instant latest = now.plus(Duration.ofSeconds(skewSeconds));
    if (issuedAt != null && issuedAt.toInstant().isAfter(latest)) {
      throw new InvalidTokenException(Reason.NOT_YET_VALID, "Token issued in the future (iat)");
    }
  }

  private static void run(
      DefaultJWTClaimsVerifier<SecurityContext> verifier, JWTClaimsSet claims, Reason reason)
      throws InvalidTokenException {
    try {
      verifier.verify(claims, null);
    } catch (ExpiredJWTException e) {
      throw new InvalidTokenException(Reason.EXPIRED, "Token expired (exp)");
    } catch (BadJWTException e) {
      // nimbus composes these messages from claim names and our settings, never token values.
      throw new InvalidTokenException(reason, e.getMessage());
    }
  }

  private DefaultJWTClaimsVerifier<SecurityContext> verifierAt(
      Date now, Set<String> audience, JWTClaimsSet exactMatch, Set<String> required) {
    DefaultJWTClaimsVerifier<SecurityContext> verifier =
        new DefaultJWTClaimsVerifier<>(audience, exactMatch, required, null) {
          @Override
          protected Date currentTime() {
            return now;
          }
        };
    verifier.setMaxClockSkew(skewSeconds);
    return verifier;
  }
}
