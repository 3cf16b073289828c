package com.marketplace.common.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the token verification settings from configuration, refusing to start on anything unsafe:
 * no issuer, no key, or the repository's public dev key without {@code AUTH_DEV_MODE}.
 *
 * <p>Keys: {@code AUTH_PUBLIC_KEY} (PEM text, one or more keys) or {@code AUTH_PUBLIC_KEY_LOCATION}
 * (a {@code file:}, {@code http(s):} or {@code classpath:} URL).
 */
public final class AuthSettings {

  /** The public half of the DEV-ONLY key in the repository; anybody can sign with it. */
  static final String DEV_KEY_RESOURCE = "META-INF/marketplace/dev-token-key.pub.pem";

  private static final Pattern PEM_BLOCK =
      Pattern.compile("-----BEGIN PUBLIC KEY-----.+?-----END PUBLIC KEY-----", Pattern.DOTALL);

  private AuthSettings() {}

  /**
   * @param config a key to its configured value
   */
  public static TokenSettings read(Function<String, Optional<String>> config) {
    String issuer =
        config
            .apply("AUTH_ISSUER")
            .filter(s -> !s.isBlank())
            .orElseThrow(() -> missing("AUTH_ISSUER"));
    List<PublicKey> keys = keys(config);
    boolean devMode = config.apply("AUTH_DEV_MODE").map(Boolean::parseBoolean).orElse(false);
    if (!devMode && keys.stream().anyMatch(AuthSettings::isDevKey)) {
      throw new IllegalStateException(
          "AUTH_PUBLIC_KEY is the repository's DEV-ONLY key, which anybody can sign with;"
              + " configure your own key, or set AUTH_DEV_MODE=true on a development machine");
    }
    Duration skew =
        Duration.ofSeconds(
            config.apply("AUTH_CLOCK_SKEW_SECONDS").map(Long::parseLong).orElse(30L));
    Optional<String> audience = config.apply("AUTH_AUDIENCE").filter(s -> !s.isBlank());
    return new TokenSettings(issuer, audience, skew, keys);
  }

  private static List<PublicKey> keys(Function<String, Optional<String>> config) {
    String pem =
        config
            .apply("AUTH_PUBLIC_KEY")
            .filter(s -> !s.isBlank())
            .or(() -> config.apply("AUTH_PUBLIC_KEY_LOCATION").map(AuthSettings::fetch))
            .orElseThrow(() -> missing("AUTH_PUBLIC_KEY or AUTH_PUBLIC_KEY_LOCATION"));
    List<PublicKey> keys = new ArrayList<>();
    Matcher block = PEM_BLOCK.matcher(pem);
    while (block.find()) {
      keys.add(PublicKeys.parsePem(block.group()));
    }
    if (keys.isEmpty()) {
      throw new IllegalStateException("No PEM public key (-----BEGIN PUBLIC KEY-----) configured");
    }
    return keys;
  }

  private static boolean isDevKey(PublicKey key) {
    String dev = PublicKeys.sha256Fingerprint(PublicKeys.parsePem(readResource(DEV_KEY_RESOURCE)));
    return dev.equals(PublicKeys.sha256Fingerprint(key));
  }

  private static String fetch(String location) {
    if (location.startsWith("classpath:")) {
      return readResource(location.substring("classpath:".length()));
    }
    try (InputStream in = URI.create(location).toURL().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("Cannot read AUTH_PUBLIC_KEY_LOCATION " + location, e);
    }
  }

  private static String readResource(String name) {
    try (InputStream in = AuthSettings.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("No resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static IllegalStateException missing(String what) {
    return new IllegalStateException(what + " is not configured: tokens cannot be verified");
  }
}
