package com.marketplace.common.api;

import com.marketplace.common.security.Caller;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The spec's {@code cacheKey}: a 32-hex name for what a read answers, the same for every request
 * that must get the same answer. It covers the caller (tenant and user: what a caller may see
 * depends on who they are), the path and the query, and leaves out what changes only how an answer
 * is delivered or traced. Nothing is cached yet ({@code source} is always {@code db}); the key lets
 * a client or a proxy tell two reads apart, and is the key a response cache would use.
 *
 * <p>Writes have none: their answer depends on their body and is never reusable.
 */
public final class CacheKey {

  /** Query parameters that change how an answer is delivered or traced, not what it holds. */
  private static final Set<String> DELIVERY_ONLY =
      Set.of("requestId", "access_token", "caching", "cacheTTL");

  private static final char SEPARATOR = '\u0000'; // refused in queries, so never inside a value

  private CacheKey() {}

  /**
   * @param path the request's full path, context root included
   * @param query every query parameter with its values in request order
   * @return the key of a GET, else {@code null}
   */
  public static String of(
      String method, String path, Map<String, List<String>> query, Caller caller) {
    if (!"GET".equals(method)) {
      return null;
    }
    StringBuilder canonical = new StringBuilder();
    append(canonical, caller == null ? "" : caller.tenantId().toString());
    append(canonical, caller == null ? "" : caller.userId().toString());
    append(canonical, path);
    new TreeMap<>(query)
        .forEach(
            (name, values) -> {
              if (!DELIVERY_ONLY.contains(name)) {
                values.forEach(value -> append(canonical, name + "=" + value));
              }
            });
    return HexFormat.of().formatHex(sha256(canonical.toString()), 0, 16);
  }

  private static void append(StringBuilder canonical, String part) {
    canonical.append(part).append(SEPARATOR);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
