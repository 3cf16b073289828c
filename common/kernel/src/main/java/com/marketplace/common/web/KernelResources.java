package com.marketplace.common.web;

import java.util.Map;

/**
 * Makes each module's JAX-RS application also serve the kernel's resources and providers, which
 * live in the EAR's {@code lib/} where the web container's own scanning does not look.
 */
public final class KernelResources {

  private KernelResources() {}

  /** The module's token project names, read by the OpenAPI document's security schemes. */
  static final String PROJECT_NAMES = "com.marketplace.projectNames";

  /**
   * Properties for {@code Application#getProperties()}: Jersey scans the kernel's web package, and
   * the kernel learns the module's token project names (e.g. {@code tutorhub}).
   */
  public static Map<String, Object> properties(String... projectNames) {
    return Map.of(
        "jersey.config.server.provider.packages",
        KernelResources.class.getPackageName(),
        PROJECT_NAMES,
        String.join(",", projectNames));
  }
}
