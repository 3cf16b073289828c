package com.marketplace.cluster.support;

import com.marketplace.devserver.LocalDatabase;
import com.marketplace.payments.stripe.emulator.StripeEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the cluster test runs against, in start order: one PostgreSQL (the local run's
 * embedded one), the Stripe emulator, one standalone OpenMQ broker, and the Payara deployment group
 * with the EAR. {@link #close()} stops all of it, whatever state it is in.
 */
public final class ClusterPlatform implements AutoCloseable {

  public static final int BROKER_PORT = 27676;
  public static final String WEBHOOK_SECRET = "whsec_cluster_tests_only";

  /** A tenant without rate limits, for the load; and one with small budgets, for the limits. */
  public static final UUID LOAD_TENANT = UUID.fromString("5e2f0c1a-0000-4000-8000-00000000c1dd");

  public static final UUID LIMITED_TENANT = UUID.fromString("5e2f0c1a-0000-4000-8000-00000000c1cc");
  public static final int LIMITED_WRITES_PER_USER = 10;
  public static final int IDEMPOTENCY_LEASE_SECONDS = 10;

  // test-only secrets, never defaults anywhere else
  static final String BROKER_ADMIN_PASSWORD = "cluster-it-only-broker-admin-password";
  public static final String BROKER_APP_PASSWORD = "cluster-it-only-broker-app-password";

  private final Path payaraHome;
  private final Path work;
  private final int dbPort;
  private final int stripePort;
  private LocalDatabase database;
  private StripeEmulator stripe;
  private StandaloneBroker broker;
  private PayaraCluster cluster;

  public ClusterPlatform(Path payaraHome, Path work, int dbPort, int stripePort) {
    this.payaraHome = payaraHome;
    this.work = work;
    this.dbPort = dbPort;
    this.stripePort = stripePort;
  }

  /** Starts everything and deploys {@code ear} to the group; on failure, stops what started. */
  public ClusterPlatform start(Path ear) throws Exception {
    try {
      long started = System.nanoTime();
      Files.createDirectories(work);
      Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
      database = LocalDatabase.start(dbPort, work.resolve("postgres"));
      stripe = StripeEmulator.start(stripePort);
      stripe.configureWebhook(
          PayaraCluster.INSTANCES.get(0).url() + "/payments/v1/stripe/webhook", WEBHOOK_SECRET);
      broker =
          new StandaloneBroker(
              payaraHome,
              work.resolve("imq"),
              BROKER_PORT,
              BROKER_ADMIN_PASSWORD,
              BROKER_APP_PASSWORD);
      cluster = new PayaraCluster(payaraHome, serverEnvironment());
      cluster.create("marketplace-cluster-it-" + UUID.randomUUID(), broker, BROKER_ADMIN_PASSWORD);
      broker.start();
      log("database, Stripe emulator, broker up", started);
      cluster.startDas();
      log("DAS up", started);
      cluster.createGroup();
      log("deployment group of " + PayaraCluster.INSTANCES.size() + " instances up", started);
      cluster.deploy(ear);
      log("EAR deployed to the group", started);
      return this;
    } catch (Exception | Error e) {
      close();
      throw e;
    }
  }

  private static void log(String what, long started) {
    System.out.printf("[cluster] %s after %d s%n", what, PayaraCluster.since(started).toSeconds());
  }

  /**
   * What the instances see: the DAS inherits this environment from {@code asadmin start-domain},
   * and the instances, started by the DAS on its local node, inherit the DAS's. MicroProfile Config
   * reads the application's settings from it, as on every Payara of the project.
   */
  private Map<String, String> serverEnvironment() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("DB_URL", "jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres");
    env.put("DB_USER", "postgres");
    env.put("DB_PASSWORD", "postgres");
    env.put("DB_WAIT_SECONDS", "10");
    env.put("JMS_PASSWORD", BROKER_APP_PASSWORD);
    env.put("AUTH_ISSUER", "https://marketplace.local/dev");
    env.put("AUTH_PUBLIC_KEY_LOCATION", "classpath:META-INF/marketplace/dev-token-key.pub.pem");
    env.put("AUTH_DEV_MODE", "true");
    env.put("STRIPE_API_KEY", "sk_test_cluster_tests");
    env.put("STRIPE_API_BASE", "http://127.0.0.1:" + stripePort);
    env.put("STRIPE_WEBHOOK_SECRET", WEBHOOK_SECRET);
    // the once-per-cluster jobs that take a period in minutes run every minute here
    env.put("RETENTION_EVERY_MINUTES", "1");
    env.put("ENROLLMENT_CLEANUP_EVERY_MINUTES", "1");
    env.put("PAYMENTS_RECONCILIATION_EVERY_MINUTES", "1");
    // a claim of the killed instance is taken over by the client's retry after 10 s (default 120)
    env.put("IDEMPOTENCY_LEASE_SECONDS", String.valueOf(IDEMPOTENCY_LEASE_SECONDS));
    env.put(
        "RATE_LIMIT_TENANT_OVERRIDES",
        LIMITED_TENANT
            + ":WRITES_PER_USER="
            + LIMITED_WRITES_PER_USER
            + "/1h,WRITES_PER_TENANT=off;"
            + LOAD_TENANT
            + ":WRITES_PER_USER=off,WRITES_PER_TENANT=off,PAYMENTS_PER_USER=off,"
            + "PAYMENTS_PER_TENANT=off,EXPENSIVE_READS_PER_USER=off,EXPENSIVE_READS_PER_TENANT=off");
    return env;
  }

  public PayaraCluster cluster() {
    return cluster;
  }

  public LocalDatabase database() {
    return database;
  }

  public StripeEmulator stripe() {
    return stripe;
  }

  public String brokerAddress() {
    return broker.address();
  }

  @Override
  public void close() throws Exception {
    long started = System.nanoTime();
    if (cluster != null) {
      cluster.stop();
    }
    if (broker != null) {
      broker.close();
    }
    if (stripe != null) {
      stripe.close();
    }
    if (database != null) {
      database.close();
    }
    log("everything stopped", started);
  }
}
