package com.marketplace.common.security;

import com.marketplace.common.security.InvalidTokenException.Reason;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Verifies compact access tokens: RS256 or ES256 signature by one of the configured keys, {@code
 * typ} absent or {@code JWT}, then the claims (see {@link TokenSettings} and {@link
 * VerifiedToken}). Built once and shared; it remembers the tokens it accepted until they expire
 * ({@link VerifiedTokens}), so a session's token is verified once, not on every request.
 */
public final class AccessTokenVerifier {

  private final Map<JWSAlgorithm, List<PublicKey>> keysByAlgorithm;
  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
  private final ClaimsPolicy claimsPolicy;
  private final Clock clock;
  private final VerifiedTokens verified = new VerifiedTokens(CACHE_CAPACITY);

  /** How many verified tokens are remembered: with tokens of about 1 KB, some 10-15 MB at most. */
  static final int CACHE_CAPACITY = 10_000;

  /** A verifier that judges token lifetimes by the system clock. */
  public AccessTokenVerifier(TokenSettings settings) {
    this(settings, Clock.systemUTC());
  }

  /** A verifier that judges token lifetimes by {@code clock}. */
  public AccessTokenVerifier(TokenSettings settings, Clock clock) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(clock, "clock");
    this.keysByAlgorithm = byAlgorithm(settings.keys());
    // nimbus's JWSVerificationKeySelector would insist that a kid header match a key's id; ours
    // carry no ids, so every key of the right type is tried instead (the processor tries each).
    processor.setJWSKeySelector(
        (header, context) -> keysByAlgorithm.getOrDefault(header.getAlgorithm(), List.of()));
    // checkHeader owns the typ rule; this only pins nimbus to it should its default ever change.
    processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
    // Claims are checked by ClaimsPolicy after the signature, so each failure gets its own Reason.
    processor.setJWTClaimsSetVerifier(null);
    this.claimsPolicy = new ClaimsPolicy(settings, clock);
    this.clock = clock;
  }

  /**
   * Checks a compact token and returns its claims.
   *
   * @param compactToken the token as sent, without any {@code Bearer} prefix; {@code null} or blank
   *     is {@link Reason#MALFORMED}
   * @throws InvalidTokenException if the token is not to be trusted, for the {@link Reason} given
   */
  public VerifiedToken verify(String compactToken) throws InvalidTokenException {
    if (compactToken != null) {
      VerifiedToken known = verified.get(compactToken, clock.instant());
      if (known != null) {
        return known;
      }
    }
    SignedJWT jwt = parseSigned(compactToken);
    checkHeader(jwt.getHeader());
    JWTClaimsSet claims = verifySignature(jwt);
    Instant checkedAt = claimsPolicy.check(claims);
    VerifiedToken token = ClaimsReader.read(claims, compactToken);
    verified.put(token, checkedAt);
    return token;
  }

  // An algorithm is accepted only with a key that can check it, so HS256 never is: verifying it
  // with the public key's bytes as HMAC secret is the classic key-confusion forgery.
  private static Map<JWSAlgorithm, List<PublicKey>> byAlgorithm(List<PublicKey> keys) {
    return Map.copyOf(
        keys.stream()
            .collect(
                Collectors.groupingBy(
                    AccessTokenVerifier::algorithmFor, Collectors.toUnmodifiableList())));
  }

  // TokenSettings admits RSA keys and EC keys on P-256 only.
  private static JWSAlgorithm algorithmFor(PublicKey key) {
    return key instanceof RSAPublicKey ? JWSAlgorithm.RS256 : JWSAlgorithm.ES256;
  }

  private static SignedJWT parseSigned(String compactToken) throws InvalidTokenException {
    if (compactToken == null || compactToken.isBlank()) {
      throw new InvalidTokenException(Reason.MALFORMED, "No token");
    }
    JWT jwt;
    try {
      jwt = JWTParser.parse(compactToken);
      // Parsing the claims now keeps unparsable ones from surfacing later as signature failures.
      jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      // The parser's message may quote the token, so it is not passed on.
      throw new InvalidTokenException(Reason.MALFORMED, "Not a well-formed JWT");
    }
    if (!(jwt instanceof SignedJWT signed)) {
      throw new InvalidTokenException(
          Reason.UNSUPPORTED_ALGORITHM, "Unsigned and encrypted tokens are not accepted");
    }
    return signed;
  }

  private void checkHeader(JWSHeader header) throws InvalidTokenException {
    if (!keysByAlgorithm.containsKey(header.getAlgorithm())) {
      throw new InvalidTokenException(
          Reason.UNSUPPORTED_ALGORITHM,
          "Signature algorithm not accepted; expected one of " + keysByAlgorithm.keySet());
    }
    JOSEObjectType type = header.getType();
    if (type != null && !JOSEObjectType.JWT.getType().equalsIgnoreCase(type.getType())) {
      throw new InvalidTokenException(Reason.MALFORMED, "Token type (typ) must be JWT");
    }
  }

  private JWTClaimsSet verifySignature(SignedJWT jwt) throws InvalidTokenException {
    try {
      return processor.process(jwt, null);
    } catch (BadJOSEException | JOSEException e) {
      // Algorithm, type and claims syntax are settled above, so all that can fail here is the
      // signature: no key verifies it (BadJWSException), or a key cannot check its encoding.
      throw new InvalidTokenException(
          Reason.BAD_SIGNATURE, "Signature not verified by any configured key");
    }
  }
}
