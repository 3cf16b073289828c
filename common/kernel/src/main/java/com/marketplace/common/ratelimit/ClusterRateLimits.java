package com.marketplace.common.ratelimit;

import com.marketplace.common.logging.ContextLoggers;
import com.marketplace.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.Duration;
import javax.cache.expiry.ModifiedExpiryPolicy;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The server's rate limits: {@link RateLimitSettings} from MicroProfile Config, buckets in the
 * JCache cache {@value #CACHE} of Payara's Hazelcast (the Domain Data Grid), shared by every node
 * of the cluster. Entries expire once idle for the longest configured period, when they would be
 * full again anyway.
 *
 * <p>Should the grid fail, requests go on unlimited and the failure is logged: a broken limiter
 * must not take the API down with it.
 */
@ApplicationScoped
public class ClusterRateLimits {

  static final String CACHE = "marketplace.rateLimits";

  private static final Logger LOG = ContextLoggers.of(ClusterRateLimits.class);
  private static final long LOG_EVERY_MILLIS = TimeUnit.MINUTES.toMillis(1);

  private final RateLimitSettings settings =
      RateLimitSettings.read(key -> ConfigProvider.getConfig().getOptionalValue(key, String.class));
  private volatile RateLimiter limiter;
  private volatile long lastFailureLogged;

  /** The settings in force; reading them at deploy time fails the deployment on a bad value. */
  public RateLimitSettings settings() {
    return settings;
  }

  /** Empty when {@code caller} may send this request now. */
  public Optional<RateLimiter.Refusal> refusal(String method, String path, Caller caller) {
    if (!settings.enabled()) {
      return Optional.empty();
    }
    RouteClass routeClass = settings.classify(method, path);
    try {
      return limiter().acquire(caller.tenantId(), caller.userId(), routeClass);
    } catch (RuntimeException e) {
      logFailure(e);
      return Optional.empty();
    }
  }

  private RateLimiter limiter() {
    RateLimiter current = limiter;
    if (current == null) {
      synchronized (this) {
        if (limiter == null) {
          limiter = new RateLimiter(new JCacheCompareAndSwapBuckets(cache()), settings);
        }
        current = limiter;
      }
    }
    return current;
  }

  private Cache<String, byte[]> cache() {
    CacheManager manager = cacheManager();
    Cache<String, byte[]> cache = manager.getCache(CACHE);
    if (cache != null) {
      return cache;
    }
    long idleSeconds = settings.longestPeriod().toSeconds();
    MutableConfiguration<String, byte[]> configuration =
        new MutableConfiguration<String, byte[]>()
            .setExpiryPolicyFactory(
                ModifiedExpiryPolicy.factoryOf(new Duration(TimeUnit.SECONDS, idleSeconds)));
    try {
      return manager.createCache(CACHE, configuration);
    } catch (CacheException alreadyCreatedByAnotherNode) {
      return manager.getCache(CACHE);
    }
  }

  /** Payara binds the grid's CacheManager in JNDI; elsewhere the default provider's. */
  private static CacheManager cacheManager() {
    try {
      return (CacheManager) new InitialContext().lookup("payara/CacheManager");
    } catch (NamingException e) {
      return javax.cache.Caching.getCachingProvider().getCacheManager();
    }
  }

  private void logFailure(RuntimeException e) {
    long now = Instant.now().toEpochMilli();
    if (now - lastFailureLogged > LOG_EVERY_MILLIS) {
      lastFailureLogged = now;
      LOG.log(Level.SEVERE, "Rate limits unavailable, requests go on unlimited", e);
    }
  }
}
