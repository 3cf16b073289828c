package com.marketplace.common.security;

import static com.marketplace.common.security.TestTokens.EMAIL;
import static com.marketplace.common.security.TestTokens.EXPIRES_AT;
import static com.marketplace.common.security.TestTokens.FULLNAME;
import static com.marketplace.common.security.TestTokens.ISSUED_AT;
import static com.marketplace.common.security.TestTokens.SESSION_ID;
import static com.marketplace.common.security.TestTokens.TENANT_ID;
import static com.marketplace.common.security.TestTokens.TOKEN_ID;
import static com.marketplace.common.security.TestTokens.USER_ID;
import static com.marketplace.common.security.TestTokens.validClaims;
import static com.marketplace.common.security.TestTokens.verifier;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSASigner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tokens that must be accepted, and what the verifier makes of them. */
class AccessTokenVerifierTest {

  @Test
  void rs256TokenYieldsEveryClaim() throws Exception {
    String token = TestTokens.rs256(validClaims().build());

    VerifiedToken verified = verifier(TestKeys.RSA.getPublic()).verify(token);

    assertEveryClaimMapped(verified, token);
  }

  @Test
  void es256TokenYieldsEveryClaim() throws Exception {
    String token = TestTokens.es256(TestKeys.EC, validClaims().build());

    VerifiedToken verified = verifier(TestKeys.EC.getPublic()).verify(token);

    assertEveryClaimMapped(verified, token);
  }

  @Test
  void optionalClaimsMayBeAbsent() throws Exception {
    String token =
        TestTokens.rs256(
            validClaims()
                .claim("groups", null)
                .claim("sessionId", null)
                .claim("fullname", null)
                .build());

    VerifiedToken verified = verifier(TestKeys.RSA.getPublic()).verify(token);

    assertThat(verified.roles(), is(empty()));
    assertThat(verified.sessionId(), is(nullValue()));
    assertThat(verified.fullname(), is(nullValue()));
  }

  @Test
  void withoutAClockTheSystemClockJudgesLifetimes() throws Exception {
    Instant now = Instant.now();
    String token =
        TestTokens.rs256(
            validClaims()
                .issueTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .build());

    AccessTokenVerifier verifier =
        new AccessTokenVerifier(TestTokens.settings(TestKeys.RSA.getPublic()));

    assertThat(verifier.verify(token).userId(), is(USER_ID));
  }

  @Test
  void aTokenVerifiedOnceIsRefusedAgainOnceItHasExpired() throws Exception {
    String token = TestTokens.rs256(validClaims().build());
    MovableClock clock = new MovableClock(TestTokens.NOW);
    AccessTokenVerifier verifier =
        new AccessTokenVerifier(TestTokens.settings(TestKeys.RSA.getPublic()), clock);
    assertThat(verifier.verify(token).userId(), is(USER_ID));
    assertThat(verifier.verify(token).userId(), is(USER_ID));

    clock.now = EXPIRES_AT.plus(TestTokens.SKEW).plusSeconds(1);

    InvalidTokenException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidTokenException.class, () -> verifier.verify(token));
    assertThat(e.reason(), is(InvalidTokenException.Reason.EXPIRED));
  }

  @Test
  void aRememberedTokenIsNotTakenForAnotherWithTheSameClaims() throws Exception {
    AccessTokenVerifier verifier = verifier(TestKeys.RSA.getPublic());
    String token = TestTokens.rs256(validClaims().build());
    verifier.verify(token);
    String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA";

    InvalidTokenException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidTokenException.class, () -> verifier.verify(forged));
    assertThat(e.reason(), is(InvalidTokenException.Reason.BAD_SIGNATURE));
  }

  /** A clock the test moves. */
  private static final class MovableClock extends java.time.Clock {
    volatile Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void kidHeaderNeedNotMatchAnyKey() throws Exception {
    String token =
        TestTokens.sign(
            TestTokens.header(JWSAlgorithm.RS256).keyID("dev-1").build(),
            TestTokens.json(validClaims().build()),
            new RSASSASigner(TestKeys.RSA.getPrivate()));

    assertThat(verifier(TestKeys.RSA.getPublic()).verify(token).userId(), is(USER_ID));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"JWT", "jwt", "Jwt"})
  void typHeaderMayBeAbsentOrJwtInAnyCase(String typ) throws Exception {
    String token =
        TestTokens.sign(
            TestTokens.header(JWSAlgorithm.RS256)
                .type(typ == null ? null : new JOSEObjectType(typ))
                .build(),
            TestTokens.json(validClaims().build()),
            new RSASSASigner(TestKeys.RSA.getPrivate()));

    assertThat(verifier(TestKeys.RSA.getPublic()).verify(token).userId(), is(USER_ID));
  }

  @Test
  void tokensSignedWithEitherRotatedKeyVerify() throws Exception {
    AccessTokenVerifier verifier =
        verifier(TestKeys.RSA.getPublic(), TestKeys.RSA_NEXT.getPublic());

    String old = TestTokens.rs256(TestKeys.RSA, validClaims().jwtID("old").build());
    String next = TestTokens.rs256(TestKeys.RSA_NEXT, validClaims().jwtID("next").build());

    assertThat(verifier.verify(old).tokenId(), is("old"));
    assertThat(verifier.verify(next).tokenId(), is("next"));
  }

  @Test
  void rotationMayMoveBetweenRsaAndEc() throws Exception {
    AccessTokenVerifier verifier =
        verifier(TestKeys.RSA.getPublic(), TestKeys.EC.getPublic(), TestKeys.EC_NEXT.getPublic());

    assertThat(verifier.verify(TestTokens.rs256(validClaims().build())).userId(), is(USER_ID));
    assertThat(
        verifier.verify(TestTokens.es256(TestKeys.EC, validClaims().build())).userId(),
        is(USER_ID));
    assertThat(
        verifier.verify(TestTokens.es256(TestKeys.EC_NEXT, validClaims().build())).userId(),
        is(USER_ID));
  }

  @Test
  void oneVerifierServesManyThreadsAtOnce() throws Exception {
    AccessTokenVerifier verifier = verifier(TestKeys.RSA.getPublic(), TestKeys.EC.getPublic());
    List<Callable<String>> calls = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String id = "jti-" + i;
      String token =
          i % 2 == 0
              ? TestTokens.rs256(validClaims().jwtID(id).build())
              : TestTokens.es256(TestKeys.EC, validClaims().jwtID(id).build());
      calls.add(() -> verifier.verify(token).tokenId().equals(id) ? "ok" : "mixed up " + id);
    }

    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<String> outcomes = new ArrayList<>();
    try {
      for (Future<String> outcome : pool.invokeAll(calls)) {
        outcomes.add(outcome.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(outcomes, everyItem(is("ok")));
  }

  private static void assertEveryClaimMapped(VerifiedToken verified, String token) {
    assertThat(verified.userId(), is(USER_ID));
    assertThat(verified.tenantId(), is(TENANT_ID));
    assertThat(verified.roles(), containsInAnyOrder("buyer", "seller"));
    assertThat(verified.sessionId(), is(SESSION_ID));
    assertThat(verified.email(), is(EMAIL));
    assertThat(verified.fullname(), is(FULLNAME));
    assertThat(verified.tokenId(), is(TOKEN_ID));
    assertThat(verified.issuedAt(), is(ISSUED_AT));
    assertThat(verified.expiresAt(), is(EXPIRES_AT));
    assertThat(verified.raw(), is(token));
  }
}
