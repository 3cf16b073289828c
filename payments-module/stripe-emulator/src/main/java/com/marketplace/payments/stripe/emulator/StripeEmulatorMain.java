package com.marketplace.payments.stripe.emulator;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator standalone until the process is stopped: {@code java -jar
 * stripe-emulator-all.jar --port 12111 --webhook-url
 * http://localhost:8780/payments/v1/stripe/webhook}. Each option falls back to an environment
 * variable, then to a default.
 */
public final class StripeEmulatorMain {

  private static final String USAGE =
      String.join(
          System.lineSeparator(),
          "Usage: StripeEmulatorMain [--host HOST] [--port PORT] [--webhook-url URL] [--webhook-secret SECRET]",
          "  --host            STRIPE_EMULATOR_HOST   address to listen on (default 127.0.0.1)",
          "  --port            STRIPE_EMULATOR_PORT   port, 0 = any free port (default 12111)",
          "  --webhook-url     STRIPE_WEBHOOK_URL     where to POST signed events (default: none)",
          "  --webhook-secret  STRIPE_WEBHOOK_SECRET  signing secret (default: generated and printed)");

  private StripeEmulatorMain() {}

  public static void main(String[] args) throws InterruptedException {
    Map<String, String> options;
    try {
      options = Options.parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    if (options.containsKey("help")) {
      System.out.println(USAGE);
      return;
    }
    StripeEmulator emulator =
        StripeEmulator.start(
            new InetSocketAddress(options.get("host"), Integer.parseInt(options.get("port"))));
    String url = options.get("webhook-url");
    if (url != null) {
      String secret = options.getOrDefault("webhook-secret", "whsec_" + Ids.random(32));
      emulator.configureWebhook(url, secret);
      System.out.println("Signing webhooks to " + url + " with secret " + secret);
    }
    System.out.println(
        "Stripe emulator listening on "
            + emulator.baseUrl()
            + " (control API under "
            + emulator.baseUrl()
            + "/_emulator/)");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  emulator.close();
                  stopped.countDown();
                },
                "stripe-emulator-shutdown"));
    // The server's threads are daemons, so main must stay alive for the process to keep serving.
    stopped.await();
  }
}
