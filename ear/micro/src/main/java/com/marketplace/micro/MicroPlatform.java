package com.marketplace.micro;

import com.marketplace.devserver.DemoUser;
import com.marketplace.devserver.DevTokens;
import com.marketplace.devserver.LocalDatabase;
import com.marketplace.payments.stripe.emulator.StripeEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The platform on Payara Micro, on ports of its own (docs/payara-micro.md): an embedded PostgreSQL,
 * the Stripe emulator, a standalone OpenMQ broker, and {@code instances} Payara Micro processes
 * (HTTP 38080, 38081, …) running the one WAR of every module, clustered through Hazelcast, with the
 * local run's environment. {@code mvn -Prun-micro verify -pl ear/micro -am} runs {@link #main}
 * until Ctrl-C; the smoke test starts the same.
 */
public final class MicroPlatform implements AutoCloseable {

  public static final int FIRST_HTTP_PORT = 38080;
  static final int DB_PORT = 38432;
  static final int STRIPE_PORT = 38111;
  static final int HAZELCAST_PORT = 38900;
  static final String WEBHOOK_SECRET = "whsec_dev_only_micro_run";

  /**
   * How long an instance may take to answer: 4 to 7 minutes were measured on a 2-core machine
   * shared with seven other builds (docs/payara-micro.md).
   */
  private static final Duration STARTUP =
      Duration.ofMinutes(Long.getLong("micro.startup.minutes", 12));

  private final Path microDir;
  private final Path workDir;
  private final int brokerPort;
  private LocalDatabase database;
  private StripeEmulator stripe;
  private StandaloneBroker broker;
  private final List<MicroInstance> instances = new ArrayList<>();
  private final Map<String, String> environment = new HashMap<>();

  /**
   * @param microDir {@code target/micro} of this module: payara-micro.jar, the WAR, imqjmsra.rar
   * @param brokerPort the port jmsra.rar was built to connect to
   */
  public MicroPlatform(Path microDir, Path workDir, int brokerPort) {
    this.microDir = microDir;
    this.workDir = workDir;
    this.brokerPort = brokerPort;
  }

  public static void main(String[] args) throws Exception {
    int count = Integer.parseInt(System.getProperty("micro.instances", "1"));
    MicroPlatform platform =
        new MicroPlatform(
            Path.of(System.getProperty("micro.dir")),
            Path.of(System.getProperty("work.dir")),
            Integer.parseInt(System.getProperty("micro.broker.port")));
    Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
    platform.start(count, Map.of("DEMO_DATA", "true"));
    platform.printWelcome();
    new CountDownLatch(1).await();
  }

  /**
   * Starts everything, {@code count} instances of the WAR; {@code extraEnvironment} is added to
   * what every instance sees.
   */
  public void start(int count, Map<String, String> extraEnvironment)
      throws IOException, InterruptedException {
    Files.createDirectories(workDir);
    database = LocalDatabase.start(DB_PORT, workDir.resolve("postgres"));
    stripe = StripeEmulator.start(STRIPE_PORT);
    stripe.configureWebhook(baseUrl(0) + "/payments/v1/stripe/webhook", WEBHOOK_SECRET);
    broker =
        new StandaloneBroker(
            microDir.getParent().resolve("payara6/mq"), workDir.resolve("broker"), brokerPort);
    broker.start(workDir.resolve("broker.log"));

    environment.putAll(environment());
    environment.putAll(extraEnvironment);
    String members =
        IntStream.range(0, count)
            .mapToObj(i -> "127.0.0.1:" + (HAZELCAST_PORT + i))
            .collect(Collectors.joining(","));
    for (int i = 0; i < count; i++) {
      MicroInstance instance =
          new MicroInstance(
              microDir,
              workDir.resolve("instance-" + i),
              FIRST_HTTP_PORT + i,
              HAZELCAST_PORT + i,
              members);
      instances.add(instance);
      // all at once: a deploy runs mostly on one thread, and Flyway's lock lets one instance
      // migrate while the others wait
      instance.start(environment);
    }
    for (MicroInstance instance : instances) {
      instance.awaitReady(STARTUP);
    }
  }

  /** The local run's environment (LocalPlatform): dev tokens, the emulator, the database. */
  private Map<String, String> environment() {
    Map<String, String> env = new HashMap<>();
    env.put("DB_URL", database.jdbcUrl());
    env.put("DB_USER", LocalDatabase.USER);
    env.put("DB_PASSWORD", "unused-with-trust-auth");
    env.put("JMS_PASSWORD", broker.appPassword());
    env.put("AUTH_ISSUER", DevTokens.ISSUER);
    env.put("AUTH_PUBLIC_KEY_LOCATION", "classpath:" + DevTokens.PUBLIC_KEY_RESOURCE);
    env.put("AUTH_DEV_MODE", "true");
    env.put("CORS_ALLOWED_ORIGINS", "http://localhost:3000");
    env.put("STRIPE_API_KEY", "sk_test_dev_only_micro_emulator");
    env.put("STRIPE_API_BASE", stripe.baseUrl());
    env.put("STRIPE_WEBHOOK_SECRET", WEBHOOK_SECRET);
    return env;
  }

  public String baseUrl(int instance) {
    return "http://localhost:" + (FIRST_HTTP_PORT + instance);
  }

  /** The Stripe emulator, whose webhooks go to instance 0. */
  public StripeEmulator stripe() {
    return stripe;
  }

  /** The standalone broker's address, for OpenMQ's client ({@code imqAddressList}). */
  public String brokerAddress() {
    return "mq://127.0.0.1:" + brokerPort;
  }

  /** The password of the application's broker account ({@code marketplace}). */
  String brokerAppPassword() {
    return broker.appPassword();
  }

  public String jdbcUrl() {
    return database.jdbcUrl();
  }

  public String logOf(int instance) {
    return instances.get(instance).logText();
  }

  /** What {@code instance} logged since it was last started. */
  public String logSinceStartOf(int instance) {
    return instances.get(instance).logSinceStart();
  }

  /** Kills {@code instance} with SIGKILL, as a crashed node; returns its process id. */
  public long kill(int instance) throws InterruptedException {
    return instances.get(instance).kill();
  }

  /**
   * Starts a killed {@code instance} again, with the environment of the first start, and waits
   * until every module answers on it.
   */
  public void restart(int instance) throws IOException, InterruptedException {
    MicroInstance again = instances.get(instance);
    again.restart(environment);
    again.awaitReady(STARTUP);
  }

  private void printWelcome() {
    StringBuilder out = new StringBuilder("\n=== Marketplace platform on Payara Micro ===\n");
    for (int i = 0; i < instances.size(); i++) {
      String base = baseUrl(i);
      out.append(String.format("instance %d (log %s)%n", i, instances.get(i).log()));
      for (String module : MicroInstance.MODULES) {
        out.append(String.format("  %-11s %s/%s%n", module, base, module));
      }
      out.append(String.format("  %-11s %s/health/ready%n", "readiness", base));
    }
    out.append(String.format("  %-11s %s%n", "database", database.jdbcUrl()));
    out.append(String.format("  %-11s %s (the Stripe emulator)%n", "stripe", stripe.baseUrl()));
    out.append(String.format("  %-11s mq://127.0.0.1:%d (standalone OpenMQ)%n", "jms", brokerPort));
    DevTokens tokens = DevTokens.withDevKey();
    out.append("\nDemo tokens (DEV-ONLY key, tenant ").append(DemoUser.TENANT).append("):\n");
    for (DemoUser user : DemoUser.values()) {
      out.append(
          String.format("  %-8s %s%n", user, tokens.mint(user.subject(), Duration.ofHours(12))));
    }
    out.append("\nPress Ctrl-C to stop.\n");
    System.out.println(out);
  }

  @Override
  public void close() {
    instances.forEach(MicroInstance::close);
    if (broker != null) {
      broker.close();
    }
    if (stripe != null) {
      stripe.close();
    }
    if (database != null) {
      try {
        database.close();
      } catch (IOException e) {
        System.err.println("Could not stop PostgreSQL cleanly: " + e.getMessage());
      }
    }
  }
}
