package com.marketplace.payments.stripe.emulator;

import java.security.SecureRandom;

/** Generates identifiers that look like Stripe's ({@code pi_3Nx...}, {@code req_...}). */
final class Ids {

  private static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Ids() {}

  static String next(String prefix) {
    return prefix + "_" + random(24);
  }

  static String requestId() {
    return "req_" + random(14);
  }

  /** Stripe's client secrets are {@code <intent id>_secret_<random>}. */
  static String clientSecret(String intentId) {
    return intentId + "_secret_" + random(25);
  }

  static String random(int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }
}
