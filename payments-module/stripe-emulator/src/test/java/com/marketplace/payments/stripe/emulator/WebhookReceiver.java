package com.marketplace.payments.stripe.emulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A webhook endpoint for tests: records each delivery and answers the statuses it is told to. */
final class WebhookReceiver implements AutoCloseable {

  /** One POST as received: the raw body and its Stripe-Signature header. */
  record Delivery(String payload, String signature, String contentType) {}

  private final HttpServer server;
  private final BlockingQueue<Delivery> received = new LinkedBlockingQueue<>();
  private final List<Integer> statuses = new ArrayList<>();

  WebhookReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/webhooks/stripe",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            String payload = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            received.add(
                new Delivery(
                    payload,
                    exchange.getRequestHeaders().getFirst("Stripe-Signature"),
                    exchange.getRequestHeaders().getFirst("Content-Type")));
          }
          exchange.sendResponseHeaders(nextStatus(), -1);
          exchange.close();
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/stripe";
  }

  /** The next deliveries get these statuses in turn; afterwards 200. */
  synchronized void answer(Integer... next) {
    statuses.addAll(List.of(next));
  }

  private synchronized int nextStatus() {
    return statuses.isEmpty() ? 200 : statuses.remove(0);
  }

  Delivery next() throws InterruptedException {
    Delivery delivery = received.poll(5, TimeUnit.SECONDS);
    if (delivery == null) {
      throw new AssertionError("No webhook delivered within 5 s");
    }
    return delivery;
  }

  /** The next {@code count} deliveries, failing if they do not all arrive in time. */
  List<Delivery> next(int count) throws InterruptedException {
    List<Delivery> deliveries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      deliveries.add(next());
    }
    return deliveries;
  }

  /** Whether anything else arrives within {@code wait}. */
  boolean quietFor(Duration wait) throws InterruptedException {
    return received.poll(wait.toMillis(), TimeUnit.MILLISECONDS) == null;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
