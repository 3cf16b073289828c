package com.marketplace.common.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Which browser origins may call the API with credentials: the origins every tenant shares, plus
 * each tenant's own frontends. Exact origins only; never a wildcard, because the cookie token makes
 * every allowed origin a credentialed one.
 */
public final class CorsPolicy {

  private final Set<String> shared;
  private final Map<UUID, Set<String>> byTenant;

  CorsPolicy(Set<String> shared, Map<UUID, Set<String>> byTenant) {
    this.shared = Set.copyOf(shared);
    this.byTenant = Map.copyOf(byTenant);
  }

  /**
   * @param shared comma-separated origins, e.g. {@code https://app.example.com,https://x.io}
   * @param perTenant {@code <tenant uuid>=<origin> <origin>;<tenant uuid>=<origin>}
   */
  public static CorsPolicy parse(String shared, String perTenant) {
    Map<UUID, Set<String>> byTenant = new HashMap<>();
    for (String entry : split(perTenant, ";")) {
      String[] parts = entry.split("=", 2);
      if (parts.length != 2) {
        throw new IllegalArgumentException("CORS_TENANT_ORIGINS entry without '=': " + entry);
      }
      byTenant.put(UUID.fromString(parts[0].strip()), origins(parts[1], " "));
    }
    return new CorsPolicy(origins(shared, ","), byTenant);
  }

  /** The policy configured by {@code CORS_ALLOWED_ORIGINS} and {@code CORS_TENANT_ORIGINS}. */
  public static CorsPolicy configured() {
    var config = ConfigProvider.getConfig();
    return parse(
        config.getOptionalValue("CORS_ALLOWED_ORIGINS", String.class).orElse(""),
        config.getOptionalValue("CORS_TENANT_ORIGINS", String.class).orElse(""));
  }

  /** A preflight carries no token: any configured origin may ask. */
  public boolean allowsPreflight(String origin) {
    return shared.contains(origin) || byTenant.values().stream().anyMatch(o -> o.contains(origin));
  }

  /** An actual request: shared origins, or the caller's tenant's own. */
  public boolean allows(String origin, Optional<UUID> tenant) {
    if (shared.contains(origin)) {
      return true;
    }
    return tenant
        .map(t -> byTenant.getOrDefault(t, Set.of()).contains(origin))
        .orElseGet(() -> allowsPreflight(origin));
  }

  private static Set<String> origins(String value, String separator) {
    Set<String> origins = split(value, separator);
    for (String origin : origins) {
      if (origin.equals("*") || !origin.matches("https?://[^/\\s]+")) {
        throw new IllegalArgumentException(
            "Not an origin (scheme://host[:port], no path, no wildcard): " + origin);
      }
    }
    return origins;
  }

  private static Set<String> split(String value, String separator) {
    if (value == null || value.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(value.split(separator))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
