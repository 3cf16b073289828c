package com.marketplace.common.web;

import java.util.Map;

/**
 * Makes each module's JAX-RS application also serve the kernel's resources and providers, which
 * live in the EAR's {@code lib/} where the web container's own scanning does not look.
 */
public final class KernelResources {

  private KernelResources() {}

  /** Properties for {@code Application#getProperties()}: Jersey scans the kernel's web package. */
  public static Map<String, Object> properties() {
    return Map.of("jersey.config.server.provider.packages", KernelResources.class.getPackageName());
  }
}
