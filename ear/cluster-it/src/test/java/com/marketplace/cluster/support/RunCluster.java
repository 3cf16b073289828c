package com.marketplace.cluster.support;

import com.marketplace.devserver.DevTokens;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

/**
 * {@code mvn -Prun-cluster -DskipTests verify}: the cluster of the test, started for a person to
 * use (docs/cluster.md). Prints both instances' URLs and an admin token; Ctrl-C stops everything.
 */
public final class RunCluster {

  private RunCluster() {}

  public static void main(String[] args) throws Exception {
    ClusterPlatform platform =
        new ClusterPlatform(
            Path.of(System.getProperty("payara.home")),
            Path.of(System.getProperty("cluster.work")),
            Integer.getInteger("cluster.db.port", 25432),
            Integer.getInteger("cluster.stripe.port", 22111));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    platform.close();
                  } catch (Exception e) {
                    e.printStackTrace();
                  } finally {
                    stopped.countDown();
                  }
                }));
    platform.start(Path.of(System.getProperty("cluster.ear")));
    UUID user = UUID.randomUUID();
    String token =
        DevTokens.withDevKey()
            .mint(
                new DevTokens.Subject(
                    user,
                    ClusterPlatform.LOAD_TENANT,
                    "Cluster admin",
                    "admin@example.test",
                    List.of("admin", "host", "guest")),
                Duration.ofHours(12));
    System.out.println();
    System.out.println(
        "Cluster up: a Payara deployment group of two instances, one broker, one PostgreSQL");
    for (PayaraCluster.Instance instance : PayaraCluster.INSTANCES) {
      System.out.printf(
          "  %s  %s/booking  %s/enrollment  %s/payments%n",
          instance.name(), instance.url(), instance.url(), instance.url());
    }
    System.out.printf(
        "  DAS admin   http://127.0.0.1:%d  (asadmin --port %d ...)%n",
        PayaraCluster.ADMIN_PORT, PayaraCluster.ADMIN_PORT);
    System.out.printf(
        "  broker      %s   PostgreSQL %s%n",
        platform.brokerAddress(), platform.database().jdbcUrl());
    System.out.printf(
        "  Stripe emulator %s (webhooks to %s)%n",
        platform.stripe().baseUrl(), PayaraCluster.INSTANCES.get(0).name());
    System.out.printf(
        "  token (tenant %s, admin/host/guest, 12 h):%n  %s%n", ClusterPlatform.LOAD_TENANT, token);
    System.out.println("Ctrl-C stops everything.");
    stopped.await();
  }
}
