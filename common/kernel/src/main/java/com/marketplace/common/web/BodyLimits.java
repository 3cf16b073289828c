package com.marketplace.common.web;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How much a JSON request body may hold before anything binds it. Generous for every real client,
 * small enough that no body can cost more than a few milliseconds to check and bind.
 *
 * @param maxBytes the whole body ({@code api.body.max-bytes}); over it is a 413
 * @param maxDepth nested objects and arrays ({@code api.body.max-depth})
 * @param maxStringLength characters in one string or key ({@code api.body.max-string-length})
 * @param maxNumberDigits digits of one number, and how far its decimal point may sit from them
 *     ({@code api.body.max-number-digits})
 */
public record BodyLimits(int maxBytes, int maxDepth, int maxStringLength, int maxNumberDigits) {

  public static final BodyLimits DEFAULTS = new BodyLimits(1024 * 1024, 32, 64 * 1024, 40);

  public BodyLimits {
    if (maxBytes < 1 || maxDepth < 1 || maxStringLength < 1 || maxNumberDigits < 1) {
      throw new IllegalArgumentException("Body limits must be positive");
    }
  }

  /** The limits MicroProfile Config sets, each falling back to its default. */
  public static BodyLimits fromConfig() {
    Config config = ConfigProvider.getConfig();
    return new BodyLimits(
        value(config, "api.body.max-bytes", DEFAULTS.maxBytes),
        value(config, "api.body.max-depth", DEFAULTS.maxDepth),
        value(config, "api.body.max-string-length", DEFAULTS.maxStringLength),
        value(config, "api.body.max-number-digits", DEFAULTS.maxNumberDigits));
  }

  private static int value(Config config, String key, int defaultValue) {
    return config.getOptionalValue(key, Integer.class).orElse(defaultValue);
  }
}
