package com.marketplace.common.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes one token from the caller's bucket and then from the tenant's, for the request's route
 * class. The buckets live wherever the {@link ProxyManager} keeps them (the cluster's JCache in the
 * server), so every node draws from the same budget.
 */
public final class RateLimiter {

  /**
   * A refused request.
   *
   * @param scope {@code user} or {@code tenant}: whose budget is spent
   * @param limit that budget
   * @param retryAfter when the next token is there
   */
  public record Refusal(String scope, Limit limit, Duration retryAfter) {

    /** Whole seconds for {@code Retry-After}, at least 1. */
    public long retryAfterSeconds() {
      long seconds = (retryAfter.toNanos() + 999_999_999L) / 1_000_000_000L;
      return Math.max(1, seconds);
    }
  }

  private final ProxyManager<String> buckets;
  private final RateLimitSettings settings;

  public RateLimiter(ProxyManager<String> buckets, RateLimitSettings settings) {
    this.buckets = buckets;
    this.settings = settings;
  }

  /** Empty when the request may go on. */
  public Optional<Refusal> acquire(UUID tenant, UUID user, RouteClass routeClass) {
    RateLimitSettings.Budgets budgets = settings.budgets(routeClass, tenant);
    String prefix = routeClass.configName() + "|" + tenant + "|";
    return budgets
        .perUser()
        .flatMap(limit -> take(prefix + user + "|" + limit, "user", limit))
        .or(
            () ->
                budgets.perTenant().flatMap(limit -> take(prefix + "*|" + limit, "tenant", limit)));
  }

  // The key names the limit too: a changed configuration starts new buckets, no migration needed.
  private Optional<Refusal> take(String key, String scope, Limit limit) {
    BucketConfiguration configuration =
        BucketConfiguration.builder()
            .addLimit(
                bandwidth ->
                    bandwidth
                        .capacity(limit.requests())
                        .refillGreedy(limit.requests(), limit.period()))
            .build();
    ConsumptionProbe probe =
        buckets.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return Optional.empty();
    }
    return Optional.of(
        new Refusal(scope, limit, Duration.ofNanos(probe.getNanosToWaitForRefill())));
  }
}
