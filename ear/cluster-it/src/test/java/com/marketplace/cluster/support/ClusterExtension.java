package com.marketplace.cluster.support;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Starts the {@link ClusterPlatform} once for the test run, from the paths and ports the build
 * hands over; JUnit closes it when the run ends, also when a test or the start failed. A shutdown
 * hook covers a test JVM that is stopped (not killed) before that.
 */
public class ClusterExtension implements BeforeAllCallback {

  private static final Namespace NAMESPACE = Namespace.create(ClusterExtension.class);
  private static volatile ClusterPlatform platform;

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent("cluster", key -> start(), Running.class);
  }

  public static ClusterPlatform platform() {
    if (platform == null) {
      throw new IllegalStateException("The cluster has not been started");
    }
    return platform;
  }

  private static Running start() {
    ClusterPlatform started =
        new ClusterPlatform(
            Path.of(System.getProperty("payara.home")),
            Path.of(System.getProperty("cluster.work")),
            Integer.getInteger("cluster.db.port"),
            Integer.getInteger("cluster.stripe.port"));
    Thread hook = new Thread(() -> closeQuietly(started), "cluster-teardown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      platform = started.start(Path.of(System.getProperty("cluster.ear")));
    } catch (Exception e) {
      throw new IllegalStateException("The cluster did not start", e);
    }
    return new Running(started, hook);
  }

  private static void closeQuietly(ClusterPlatform platform) {
    try {
      platform.close();
    } catch (Exception e) {
      e.printStackTrace();
    }
  }

  record Running(ClusterPlatform platform, Thread hook) implements AutoCloseable {
    @Override
    public void close() {
      closeQuietly(platform);
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException alreadyShuttingDown) {
        // the hook runs anyway; closing twice is harmless
      }
    }
  }
}
