package com.marketplace.common.security;

import static com.marketplace.common.security.TestTokens.ISSUER;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenSettingsTest {

  private static final List<PublicKey> KEYS = List.of(TestKeys.RSA.getPublic());
  private static final Duration SKEW = Duration.ofSeconds(30);

  @Test
  void skewMayRangeFromZeroToFiveMinutes() {
    assertThat(settings(Duration.ZERO).clockSkew(), is(Duration.ZERO));
    assertThat(settings(Duration.ofMinutes(5)).clockSkew(), is(Duration.ofMinutes(5)));
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, 301})
  void skewOutsideItsBoundsIsRejected(long seconds) {
    assertThrows(IllegalArgumentException.class, () -> settings(Duration.ofSeconds(seconds)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void blankIssuerIsRejected(String issuer) {
    assertThrows(
        IllegalArgumentException.class,
        () -> new TokenSettings(issuer, Optional.empty(), SKEW, KEYS));
  }

  @Test
  void blankAudienceIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new TokenSettings(ISSUER, Optional.of(" "), SKEW, KEYS));
  }

  @Test
  void atLeastOneKeyIsRequired() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new TokenSettings(ISSUER, Optional.empty(), SKEW, List.of()));
  }

  @Test
  void unsupportedKeysAreRejected() {
    List<PublicKey> p384 = List.of(TestKeys.ec("secp384r1").getPublic());

    assertThrows(
        IllegalArgumentException.class,
        () -> new TokenSettings(ISSUER, Optional.empty(), SKEW, p384));
  }

  @Test
  void keysAreCopied() {
    List<PublicKey> keys = new ArrayList<>(KEYS);
    TokenSettings settings = new TokenSettings(ISSUER, Optional.empty(), SKEW, keys);

    keys.add(TestKeys.EC.getPublic());

    assertThat(settings.keys(), contains(TestKeys.RSA.getPublic()));
  }

  private static TokenSettings settings(Duration skew) {
    return new TokenSettings(ISSUER, Optional.empty(), skew, KEYS);
  }
}
