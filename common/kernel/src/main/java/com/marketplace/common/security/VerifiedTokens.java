package com.marketplace.common.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens already verified, so that a client sending the same token on every request pays for the
 * signature once (the profile put verification at 5 % of a request's CPU: docs/benchmark.md).
 *
 * <p>Kept by the SHA-256 of the compact token, never past the token's own {@code exp}, and at most
 * {@code capacity} of them: when full, the expired ones go, and if that frees nothing, all of them
 * (a flood of distinct tokens costs a verification each, as without the cache, and nothing more). A
 * hit is returned only for the very same compact token.
 */
final class VerifiedTokens {

  private final int capacity;
  private final ConcurrentHashMap<String, VerifiedToken> byHash = new ConcurrentHashMap<>();

  VerifiedTokens(int capacity) {
    this.capacity = capacity;
  }

  /**
   * The verified token for {@code compactToken}, or null when unknown or expired at {@code now}.
   */
  VerifiedToken get(String compactToken, Instant now) {
    String key = hash(compactToken);
    VerifiedToken token = byHash.get(key);
    if (token == null) {
      return null;
    }
    if (!now.isBefore(token.expiresAt())) {
      byHash.remove(key, token);
      return null;
    }
    return token.raw().equals(compactToken) ? token : null;
  }

  /** Remembers a token that passed every check at {@code now}, until its expiry. */
  void put(VerifiedToken token, Instant now) {
    if (!now.isBefore(token.expiresAt())) {
      return;
    }
    if (byHash.size() >= capacity) {
      byHash.values().removeIf(t -> !now.isBefore(t.expiresAt()));
      if (byHash.size() >= capacity) {
        byHash.clear();
      }
    }
    byHash.put(hash(token.raw()), token);
  }

  int size() {
    return byHash.size();
  }

  private static String hash(String compactToken) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return Base64.getEncoder()
          .encodeToString(sha256.digest(compactToken.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}
