package com.marketplace.platform;

import com.marketplace.common.ratelimit.ClusterRateLimits;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Reads the rate limit settings while the application deploys, so that a malformed limit, pattern
 * or tenant override fails the deployment instead of every signed-in request.
 */
@Startup
@Singleton
public class RateLimitSettingsCheck {

  @Inject ClusterRateLimits limits;

  @PostConstruct
  void check() {
    limits.settings();
  }
}
