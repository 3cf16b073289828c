package com.marketplace.common.ratelimit;

import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The configured budgets: for each {@link RouteClass} one per user and one per tenant, from {@code
 * RATE_LIMIT_<CLASS>_PER_USER} and {@code RATE_LIMIT_<CLASS>_PER_TENANT} (see {@link Limit#parse}),
 * which routes are payments and expensive reads ({@code RATE_LIMIT_PAYMENTS_PATHS}, {@code
 * RATE_LIMIT_EXPENSIVE_READS_PATHS}: regular expressions over the request path, context root
 * included), and per-tenant exceptions ({@code RATE_LIMIT_TENANT_OVERRIDES}, e.g. {@code
 * <tenant>:WRITES_PER_USER=10/60s,PAYMENTS_PER_TENANT=off;<tenant>:...}). {@code
 * RATE_LIMIT_ENABLED=false} switches every limit off.
 */
public final class RateLimitSettings {

  /** The defaults: generous for people, tight enough for loops. */
  static final Map<String, String> DEFAULTS =
      Map.of(
          "WRITES_PER_USER", "120/60s",
          "WRITES_PER_TENANT", "3000/60s",
          "PAYMENTS_PER_USER", "30/60s",
          "PAYMENTS_PER_TENANT", "600/60s",
          "EXPENSIVE_READS_PER_USER", "240/60s",
          "EXPENSIVE_READS_PER_TENANT", "6000/60s",
          "READS_PER_USER", "off",
          "READS_PER_TENANT", "off");

  /** Writes whose path names a payment. */
  static final String DEFAULT_PAYMENT_PATHS = "(?i).*/v1/.*payment.*";

  /**
   * Collections (a last path segment ending in s, as {@code /v1/reservations} or {@code
   * /v1/reservationpayments2}), the audit trail, calendar feeds and the Postman collection.
   */
  static final String DEFAULT_EXPENSIVE_READ_PATHS =
      "(?i).*/v1/(?:[^/]+/)*[a-z0-9]*s\\d?|.*/v1/audit|.*\\.ics|.*/getPostmanCollection";

  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  /** A route class's two budgets; empty means unlimited. */
  public record Budgets(Optional<Limit> perUser, Optional<Limit> perTenant) {}

  private final boolean enabled;
  private final Pattern paymentPaths;
  private final Pattern expensiveReadPaths;
  private final Map<RouteClass, Budgets> budgets;
  private final Map<UUID, Map<RouteClass, Budgets>> overrides;

  private RateLimitSettings(
      boolean enabled,
      Pattern paymentPaths,
      Pattern expensiveReadPaths,
      Map<RouteClass, Budgets> budgets,
      Map<UUID, Map<RouteClass, Budgets>> overrides) {
    this.enabled = enabled;
    this.paymentPaths = paymentPaths;
    this.expensiveReadPaths = expensiveReadPaths;
    this.budgets = budgets;
    this.overrides = overrides;
  }

  /**
   * @param config a key to its configured value
   * @throws IllegalArgumentException for a value that is not a limit, a pattern or an override
   */
  public static RateLimitSettings read(Function<String, Optional<String>> config) {
    Function<String, String> withDefault =
        key -> config.apply("RATE_LIMIT_" + key).orElse(DEFAULTS.get(key));
    Map<RouteClass, Budgets> budgets = budgetsOf(withDefault);
    Map<UUID, Map<RouteClass, Budgets>> overrides = new HashMap<>();
    for (String entry : config.apply("RATE_LIMIT_TENANT_OVERRIDES").orElse("").split(";")) {
      if (!entry.isBlank()) {
        String[] parts = entry.split(":", 2);
        if (parts.length != 2) {
          throw new IllegalArgumentException(
              "RATE_LIMIT_TENANT_OVERRIDES entry without ':': " + entry);
        }
        Map<String, String> own = keyValues(parts[1]);
        overrides.put(
            UUID.fromString(parts[0].strip()),
            budgetsOf(key -> own.getOrDefault(key, withDefault.apply(key))));
      }
    }
    return new RateLimitSettings(
        config.apply("RATE_LIMIT_ENABLED").map(Boolean::parseBoolean).orElse(true),
        Pattern.compile(config.apply("RATE_LIMIT_PAYMENTS_PATHS").orElse(DEFAULT_PAYMENT_PATHS)),
        Pattern.compile(
            config.apply("RATE_LIMIT_EXPENSIVE_READS_PATHS").orElse(DEFAULT_EXPENSIVE_READ_PATHS)),
        budgets,
        Map.copyOf(overrides));
  }

  public boolean enabled() {
    return enabled;
  }

  /** The class of a request by its method and path (context root included). */
  public RouteClass classify(String method, String path) {
    if (READ_METHODS.contains(method)) {
      return expensiveReadPaths.matcher(path).matches()
          ? RouteClass.EXPENSIVE_READS
          : RouteClass.READS;
    }
    return paymentPaths.matcher(path).matches() ? RouteClass.PAYMENTS : RouteClass.WRITES;
  }

  /** The budgets of {@code routeClass} for {@code tenant}'s requests. */
  public Budgets budgets(RouteClass routeClass, UUID tenant) {
    return overrides.getOrDefault(tenant, budgets).get(routeClass);
  }

  /** The longest period of any budget: a bucket idle that long is full again and can be dropped. */
  public Duration longestPeriod() {
    return Stream.concat(Stream.of(budgets), overrides.values().stream())
        .flatMap(byClass -> byClass.values().stream())
        .flatMap(b -> Stream.of(b.perUser(), b.perTenant()))
        .flatMap(Optional::stream)
        .map(Limit::period)
        .max(Comparator.naturalOrder())
        .orElse(Duration.ofMinutes(1));
  }

  private static Map<RouteClass, Budgets> budgetsOf(Function<String, String> value) {
    Map<RouteClass, Budgets> budgets = new EnumMap<>(RouteClass.class);
    for (RouteClass routeClass : RouteClass.values()) {
      String name = routeClass.configName();
      budgets.put(
          routeClass,
          new Budgets(
              Limit.parse(value.apply(name + "_PER_USER")),
              Limit.parse(value.apply(name + "_PER_TENANT"))));
    }
    return Map.copyOf(budgets);
  }

  private static Map<String, String> keyValues(String text) {
    Map<String, String> values = new HashMap<>();
    for (String pair : text.split(",")) {
      String[] parts = pair.split("=", 2);
      String key = parts[0].strip();
      if (parts.length != 2 || !DEFAULTS.containsKey(key)) {
        throw new IllegalArgumentException(
            "Not a rate limit override (e.g. WRITES_PER_USER=10/60s): " + pair);
      }
      values.put(key, parts[1].strip());
    }
    return values;
  }
}
