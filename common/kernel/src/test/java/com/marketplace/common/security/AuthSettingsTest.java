package com.marketplace.common.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthSettingsTest {

  private static final String DEV_KEY = "classpath:" + AuthSettings.DEV_KEY_RESOURCE;

  @Test
  void readsIssuerKeysAudienceAndSkew() throws Exception {
    Map<String, String> config = new HashMap<>();
    config.put("AUTH_ISSUER", "https://issuer.test");
    config.put("AUTH_PUBLIC_KEY", pem(newKey()) + "\n" + pem(newKey()));
    config.put("AUTH_AUDIENCE", "marketplace");
    config.put("AUTH_CLOCK_SKEW_SECONDS", "10");

    TokenSettings settings = AuthSettings.read(lookup(config));

    assertThat(settings.issuer(), equalTo("https://issuer.test"));
    assertThat(settings.keys(), hasSize(2));
    assertThat(settings.audience(), equalTo(Optional.of("marketplace")));
    assertThat(settings.clockSkew(), equalTo(Duration.ofSeconds(10)));
  }

  @Test
  void refusesTheRepositorysDevKeyOutsideDevMode() {
    Map<String, String> config =
        Map.of("AUTH_ISSUER", "https://issuer.test", "AUTH_PUBLIC_KEY_LOCATION", DEV_KEY);

    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> AuthSettings.read(lookup(config)));

    assertThat(refused.getMessage(), containsString("DEV-ONLY"));
  }

  @Test
  void acceptsTheDevKeyInDevMode() {
    Map<String, String> config =
        Map.of(
            "AUTH_ISSUER", "https://issuer.test",
            "AUTH_PUBLIC_KEY_LOCATION", DEV_KEY,
            "AUTH_DEV_MODE", "true");

    assertThat(AuthSettings.read(lookup(config)).keys(), hasSize(1));
  }

  @Test
  void refusesToStartWithoutIssuerOrKey() throws Exception {
    String key = pem(newKey());

    assertThrows(
        IllegalStateException.class,
        () -> AuthSettings.read(lookup(Map.of("AUTH_PUBLIC_KEY", key))));
    assertThrows(
        IllegalStateException.class,
        () -> AuthSettings.read(lookup(Map.of("AUTH_ISSUER", "https://issuer.test"))));
    assertThrows(
        IllegalStateException.class,
        () ->
            AuthSettings.read(
                lookup(Map.of("AUTH_ISSUER", "https://issuer.test", "AUTH_PUBLIC_KEY", "x"))));
  }

  private static java.util.function.Function<String, Optional<String>> lookup(
      Map<String, String> config) {
    return key -> Optional.ofNullable(config.get(key));
  }

  private static PublicKey newKey() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair().getPublic();
  }

  private static String pem(PublicKey key) {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
        + "\n-----END PUBLIC KEY-----";
  }
}
