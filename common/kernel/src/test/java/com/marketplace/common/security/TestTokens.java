package com.marketplace.common.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.common.security.InvalidTokenException.Reason;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Builds and signs tokens the way an identity provider would, and checks rejections. */
final class TestTokens {

  static final Instant NOW = Instant.parse("2030-01-15T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final Duration SKEW = Duration.ofSeconds(60);
  static final String ISSUER = "https://id.marketplace.test";
  static final UUID USER_ID = UUID.fromString("6f1c2b0e-4a8d-4c47-9f0e-1d2c3b4a5e6f");
  static final UUID TENANT_ID = UUID.fromString("0b7e6d5c-4b3a-4291-8f7e-6d5c4b3a2910");
  static final String SESSION_ID = "sess-42";
  static final String EMAIL = "ada@example.com";
  static final String FULLNAME = "Ada Lovelace";
  static final String TOKEN_ID = "jti-0001";
  static final Instant ISSUED_AT = NOW.minusSeconds(60);
  static final Instant EXPIRES_AT = NOW.plusSeconds(600);

  private TestTokens() {}

  /** Claims that pass every check; tests override or remove the one they are about. */
  static JWTClaimsSet.Builder validClaims() {
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .subject(USER_ID.toString())
        .claim("tenantId", TENANT_ID.toString())
        .claim("groups", List.of("buyer", "seller"))
        .claim("sessionId", SESSION_ID)
        .claim("email", EMAIL)
        .claim("fullname", FULLNAME)
        .jwtID(TOKEN_ID)
        .issueTime(Date.from(ISSUED_AT))
        .expirationTime(Date.from(EXPIRES_AT));
  }

  static TokenSettings settings(PublicKey... keys) {
    return new TokenSettings(ISSUER, Optional.empty(), SKEW, List.of(keys));
  }

  static AccessTokenVerifier verifier(PublicKey... keys) {
    return new AccessTokenVerifier(settings(keys), CLOCK);
  }

  static JWSHeader.Builder header(JWSAlgorithm algorithm) {
    return new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT);
  }

  static String rs256(KeyPair keys, JWTClaimsSet claims) {
    return sign(
        header(JWSAlgorithm.RS256).build(), json(claims), new RSASSASigner(keys.getPrivate()));
  }

  static String es256(KeyPair keys, JWTClaimsSet claims) {
    return sign(header(JWSAlgorithm.ES256).build(), json(claims), ecSigner(keys));
  }

  static String rs256(JWTClaimsSet claims) {
    return rs256(TestKeys.RSA, claims);
  }

  /** Signs any payload text, so tests can send JSON that nimbus's builder would never emit. */
  static String sign(JWSHeader header, String payload, JWSSigner signer) {
    JWSObject jws = new JWSObject(header, new Payload(payload));
    try {
      jws.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jws.serialize();
  }

  static ECDSASigner ecSigner(KeyPair keys) {
    try {
      return new ECDSASigner((ECPrivateKey) keys.getPrivate());
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  static String json(JWTClaimsSet claims) {
    return claims.toPayload().toString();
  }

  static String base64Url(String json) {
    return Base64URL.encode(json).toString();
  }

  /** Asserts the reason, and that the message gives away no part of the token. */
  static InvalidTokenException assertRejected(
      AccessTokenVerifier verifier, String token, Reason reason) {
    InvalidTokenException e =
        assertThrows(InvalidTokenException.class, () -> verifier.verify(token));
    assertThat(e.getMessage(), e.reason(), is(reason));
    for (String part : token == null ? new String[0] : token.split("\\.")) {
      if (part.length() >= 8) {
        assertThat(e.getMessage(), not(containsString(part)));
      }
    }
    return e;
  }
}
