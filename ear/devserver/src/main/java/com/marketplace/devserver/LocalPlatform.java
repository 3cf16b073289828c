package com.marketplace.devserver;

import com.marketplace.devserver.bare.BareWar;
import com.marketplace.payments.stripe.emulator.StripeEmulator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code mvn -Prun verify}: the whole platform on this machine. Starts an embedded PostgreSQL
 * (unless {@code DB_URL} points at another database), a Payara Server domain with the EAR and demo
 * data, prints the URLs and demo tokens, and stops everything on Ctrl-C.
 */
public final class LocalPlatform {

  private static final int DEFAULT_DB_PORT = 15432;
  private static final int DEFAULT_STRIPE_PORT = 12111;
  private static final Duration TOKEN_VALIDITY = Duration.ofHours(12);

  private LocalPlatform() {}

  public static void main(String[] args) throws Exception {
    Path payaraHome = Path.of(System.getProperty("payara.home"));
    Path ear = Path.of(System.getProperty("ear.file"));
    Path workDir = Path.of(System.getProperty("work.dir"));
    String heap = PayaraDomain.heap(System.getenv());

    Map<String, String> serverEnv = new HashMap<>(devSettings());
    LocalDatabase database = usesExternalDatabase() ? null : startDatabase(workDir, serverEnv);

    StripeEmulator stripe = startStripe(serverEnv);
    PayaraDomain domain = new PayaraDomain(payaraHome, heap, serverEnv);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(domain, database, stripe)));
    try {
      domain.recreate();
      domain.start();
      domain.deploy(ear);
      // a bare JAX-RS resource at /bare/ping, the benchmark's yardstick (docs/benchmark.md)
      domain.deploy(BareWar.write(workDir), BareWar.NAME);
    } catch (Exception failed) {
      // the Stripe emulator's HTTP thread would keep this JVM, and with it the database and a
      // half-configured domain, alive; exiting runs the shutdown hook, which stops them
      failed.printStackTrace();
      System.exit(1);
    }
    printWelcome(database != null, domain.broker());
    new CountDownLatch(1).await();
  }

  /**
   * A development machine: tokens signed with the dev key are accepted, and a frontend served from
   * localhost:3000 may call the API.
   */
  static Map<String, String> devSettings() {
    return Map.of(
        "AUTH_ISSUER",
        DevTokens.ISSUER,
        "AUTH_PUBLIC_KEY_LOCATION",
        "classpath:" + DevTokens.PUBLIC_KEY_RESOURCE,
        "AUTH_DEV_MODE",
        "true",
        "CORS_ALLOWED_ORIGINS",
        "http://localhost:3000");
  }

  /** The local Stripe emulator, delivering signed webhooks to the local payments module. */
  private static StripeEmulator startStripe(Map<String, String> serverEnv) {
    int port =
        Integer.parseInt(
            System.getenv().getOrDefault("LOCAL_STRIPE_PORT", "" + DEFAULT_STRIPE_PORT));
    StripeEmulator stripe = StripeEmulator.start(port);
    String secret = "whsec_dev_only_local_run";
    stripe.configureWebhook(
        "http://localhost:" + PayaraDomain.HTTP_PORT + "/payments/v1/stripe/webhook", secret);
    serverEnv.put("STRIPE_API_KEY", "sk_test_dev_only_local_emulator");
    serverEnv.put("STRIPE_API_BASE", stripe.baseUrl());
    serverEnv.put("STRIPE_WEBHOOK_SECRET", secret);
    return stripe;
  }

  private static boolean usesExternalDatabase() {
    String url = System.getenv("DB_URL");
    return url != null && !url.isBlank();
  }

  /** The embedded database, and the server environment that points at it with demo data on. */
  private static LocalDatabase startDatabase(Path workDir, Map<String, String> serverEnv)
      throws IOException {
    int port =
        Integer.parseInt(System.getenv().getOrDefault("LOCAL_DB_PORT", "" + DEFAULT_DB_PORT));
    LocalDatabase database = LocalDatabase.start(port, workDir.resolve("postgres"));
    serverEnv.put("DB_URL", database.jdbcUrl());
    serverEnv.put("DB_USER", LocalDatabase.USER);
    serverEnv.put("DB_PASSWORD", "unused-with-trust-auth");
    serverEnv.put("DEMO_DATA", "true");
    return database;
  }

  private static void printWelcome(boolean demoData, LocalBroker broker) {
    String base = "http://localhost:" + PayaraDomain.HTTP_PORT;
    StringBuilder out = new StringBuilder("\n=== Marketplace platform is up ===\n");
    for (String module : new String[] {"enrollment", "booking", "payments"}) {
      out.append(String.format("  %-11s %s/%s%n", module, base, module));
    }
    out.append(String.format("  %-11s %s/health/ready%n", "readiness", base));
    out.append(String.format("  %-11s http://localhost:%d%n", "admin", PayaraDomain.ADMIN_PORT));
    out.append(
        String.format(
            "  %-11s %s (the local Stripe emulator)%n",
            "stripe",
            "http://127.0.0.1:"
                + System.getenv().getOrDefault("LOCAL_STRIPE_PORT", "" + DEFAULT_STRIPE_PORT)));
    out.append(
        String.format(
            "  %-11s mq://127.0.0.1:%d as %s / %s (DEV-ONLY integration account,"
                + " docs/messaging.md)%n",
            "jms", PayaraDomain.JMS_PORT, broker.integrationUser(), broker.integrationPassword()));
    if (demoData) {
      DevTokens tokens = DevTokens.withDevKey();
      out.append("\nDemo tokens (DEV-ONLY key, tenant ").append(DemoUser.TENANT).append("):\n");
      for (DemoUser user : DemoUser.values()) {
        out.append(String.format("  %-8s %s%n", user, tokens.mint(user.subject(), TOKEN_VALIDITY)));
      }
    }
    out.append("\nPress Ctrl-C to stop.\n");
    System.out.println(out);
  }

  private static void stop(PayaraDomain domain, LocalDatabase database, StripeEmulator stripe) {
    System.out.println("Stopping the platform...");
    try {
      domain.stop();
    } catch (Exception e) {
      System.err.println("Could not stop Payara cleanly: " + e.getMessage());
    }
    stripe.close();
    if (database != null) {
      try {
        database.close();
      } catch (Exception e) {
        System.err.println("Could not stop PostgreSQL cleanly: " + e.getMessage());
      }
    }
  }
}
