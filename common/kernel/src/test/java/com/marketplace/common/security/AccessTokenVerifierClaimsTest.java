package com.marketplace.common.security;

import static com.marketplace.common.security.TestTokens.ISSUER;
import static com.marketplace.common.security.TestTokens.NOW;
import static com.marketplace.common.security.TestTokens.SKEW;
import static com.marketplace.common.security.TestTokens.USER_ID;
import static com.marketplace.common.security.TestTokens.assertRejected;
import static com.marketplace.common.security.TestTokens.header;
import static com.marketplace.common.security.TestTokens.validClaims;
import static com.marketplace.common.security.TestTokens.verifier;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.marketplace.common.security.InvalidTokenException.Reason;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Correctly signed tokens whose claims decide acceptance. */
class AccessTokenVerifierClaimsTest {

  private static final String AUDIENCE = "marketplace-api";

  private final AccessTokenVerifier verifier = verifier(TestKeys.RSA.getPublic());

  @Test
  void tokenExpiredBeyondTheSkewIsExpired() {
    Instant expiry = NOW.minus(SKEW).minusSeconds(1);

    assertRejected(
        verifier, token(validClaims().expirationTime(Date.from(expiry))), Reason.EXPIRED);
  }

  @Test
  void tokenExpiredWithinTheSkewIsAccepted() throws Exception {
    Instant expiry = NOW.minus(SKEW).plusSeconds(1);

    assertAccepted(verifier, token(validClaims().expirationTime(Date.from(expiry))));
  }

  @Test
  void withoutSkewATokenIsExpiredTheSecondItsExpiryPasses() {
    AccessTokenVerifier strict =
        new AccessTokenVerifier(
            new TokenSettings(
                ISSUER, Optional.empty(), Duration.ZERO, List.of(TestKeys.RSA.getPublic())),
            TestTokens.CLOCK);
    Instant expiry = NOW.minusSeconds(1);

    assertRejected(strict, token(validClaims().expirationTime(Date.from(expiry))), Reason.EXPIRED);
  }

  @Test
  void tokenIssuedInTheFutureBeyondTheSkewIsNotYetValid() {
    Instant issued = NOW.plus(SKEW).plusSeconds(1);

    assertRejected(
        verifier, token(validClaims().issueTime(Date.from(issued))), Reason.NOT_YET_VALID);
  }

  @Test
  void tokenIssuedInTheFutureWithinTheSkewIsAccepted() throws Exception {
    assertAccepted(verifier, token(validClaims().issueTime(Date.from(NOW.plus(SKEW)))));
  }

  @Test
  void tokenNotValidBeforeALaterTimeIsNotYetValid() {
    Instant notBefore = NOW.plus(SKEW).plusSeconds(1);

    assertRejected(
        verifier, token(validClaims().notBeforeTime(Date.from(notBefore))), Reason.NOT_YET_VALID);
  }

  @Test
  void tokenWhoseNotBeforeHasPassedIsAccepted() throws Exception {
    assertAccepted(verifier, token(validClaims().notBeforeTime(Date.from(NOW.minusSeconds(5)))));
  }

  @Test
  void tokenFromAnotherIssuerIsRejected() {
    String token = token(validClaims().issuer("https://evil.example"));

    InvalidTokenException e = assertRejected(verifier, token, Reason.WRONG_ISSUER);
    assertThat(e.getMessage(), containsString("iss"));
  }

  @Test
  void configuredAudienceMustBePresent() {
    assertRejected(audienceVerifier(), token(validClaims()), Reason.WRONG_AUDIENCE);
  }

  @Test
  void configuredAudienceRejectsOtherAudiences() {
    assertRejected(
        audienceVerifier(), token(validClaims().audience("other-api")), Reason.WRONG_AUDIENCE);
  }

  @Test
  void configuredAudienceIsFoundAsAString() throws Exception {
    assertAccepted(audienceVerifier(), token(validClaims().audience(AUDIENCE)));
  }

  @Test
  void configuredAudienceIsFoundInAnArray() throws Exception {
    assertAccepted(
        audienceVerifier(), token(validClaims().audience(List.of("other-api", AUDIENCE))));
  }

  @Test
  void withoutConfiguredAudienceAnyAudienceIsAccepted() throws Exception {
    assertAccepted(verifier, token(validClaims().audience(List.of("whatever", "else"))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"iss", "sub", "tenantId", "email", "jti", "iat", "exp"})
  void tokenWithoutARequiredClaimIsRejected(String claim) {
    InvalidTokenException e =
        assertRejected(verifier, token(validClaims().claim(claim, null)), Reason.MISSING_CLAIM);

    assertThat(e.getMessage(), containsString(claim));
  }

  @Test
  void requiredClaimSetToJsonNullCountsAsMissing() {
    String payload =
        TestTokens.json(validClaims().claim("email", null).build())
            .replaceFirst("\\}$", ",\"email\":null}");

    InvalidTokenException e = assertRejected(verifier, signed(payload), Reason.MISSING_CLAIM);

    assertThat(e.getMessage(), containsString("email"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sub=alice",
        "sub=1-2-3-4-5",
        "tenantId=not-a-uuid",
        "tenantId=42",
        "email=",
        "email=7",
        "jti= ",
        "sessionId=7",
        "fullname=true",
        "groups=admin",
        "groups=[1,2]",
        "groups=[\"admin\",null]"
      })
  void claimOfTheWrongFormIsInvalid(String claimAndJson) {
    String[] split = claimAndJson.split("=", 2);
    String name = split[0];
    String value = looksLikeJson(split[1]) ? split[1] : "\"" + split[1] + "\"";
    String payload =
        TestTokens.json(validClaims().claim(name, null).build())
            .replaceFirst("\\}$", ",\"" + name + "\":" + value + "}");

    InvalidTokenException e = assertRejected(verifier, signed(payload), Reason.INVALID_CLAIM);

    assertThat(e.getMessage(), containsString(name));
  }

  private static boolean looksLikeJson(String value) {
    return value.startsWith("[")
        || Arrays.asList("true", "false").contains(value)
        || value.matches("\\d+");
  }

  private static AccessTokenVerifier audienceVerifier() {
    return new AccessTokenVerifier(
        new TokenSettings(
            ISSUER, Optional.of(AUDIENCE), TestTokens.SKEW, List.of(TestKeys.RSA.getPublic())),
        TestTokens.CLOCK);
  }

  private static String token(JWTClaimsSet.Builder claims) {
    return TestTokens.rs256(claims.build());
  }

  private static String signed(String payload) {
    return TestTokens.sign(
        header(JWSAlgorithm.RS256).build(), payload, new RSASSASigner(TestKeys.RSA.getPrivate()));
  }

  private static void assertAccepted(AccessTokenVerifier verifier, String token) throws Exception {
    assertThat(verifier.verify(token).userId(), is(USER_ID));
  }
}
