package com.marketplace.payments.stripe.emulator;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Posts signed events to the configured endpoint, one at a time on a single thread so that
 * deliveries arrive in the order they were queued (which is what makes hold-and-release ordering
 * tests deterministic). Non-2xx answers are retried a bounded number of times with backoff.
 */
final class WebhookDispatcher implements AutoCloseable {

  /**
   * Stripe retries for days; tests need a bounded, quick schedule: retries after 200, 400, 800 ms.
   */
  private static final int MAX_ATTEMPTS = 4;

  private static final long FIRST_RETRY_DELAY_MS = 200;

  private final WebhookSender sender = new WebhookSender();
  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(Daemons.named("stripe-emulator-webhooks"));
  private final WebhookLog log = new WebhookLog();

  private String url;
  private String secret;
  private boolean autoDelivery = true;
  private boolean holding;
  private final List<JsonObject> held = new ArrayList<>();

  synchronized void configure(String url, String secret) {
    this.url = url;
    this.secret = secret;
  }

  synchronized boolean hasEndpoint() {
    return url != null;
  }

  synchronized String url() {
    return url;
  }

  synchronized void setAutoDelivery(boolean enabled) {
    autoDelivery = enabled;
  }

  synchronized boolean autoDelivery() {
    return autoDelivery;
  }

  /** Called for every new event; {@code event} must not be modified afterwards. */
  synchronized void publish(JsonObject event) {
    if (!autoDelivery) {
      return;
    }
    if (holding) {
      held.add(event);
    } else if (url != null) {
      schedule(event, 1, 0);
    }
  }

  synchronized void hold() {
    holding = true;
  }

  synchronized boolean holding() {
    return holding;
  }

  synchronized List<String> heldEventIds() {
    List<String> ids = new ArrayList<>();
    held.forEach(event -> ids.add(Json.string(event, "id")));
    return ids;
  }

  /**
   * Queues the held events listed in {@code firstIds} in that order, then the other held events in
   * creation order, and stops holding.
   */
  synchronized void release(List<String> firstIds, boolean reversed) {
    List<JsonObject> order = new ArrayList<>();
    for (String id : firstIds) {
      held.stream()
          .filter(event -> id.equals(Json.string(event, "id")))
          .findFirst()
          .ifPresent(order::add);
    }
    List<JsonObject> rest = new ArrayList<>(held);
    rest.removeAll(order);
    if (reversed) {
      Collections.reverse(rest);
    }
    order.addAll(rest);
    held.clear();
    holding = false;
    if (url != null) {
      order.forEach(event -> schedule(event, 1, 0));
    }
  }

  /**
   * Sends {@code event} again, {@code times} times, whatever happened before (like "Resend" in the
   * dashboard).
   */
  synchronized void redeliver(JsonObject event, int times) {
    if (url == null) {
      throw new IllegalStateException("No webhook endpoint is configured");
    }
    for (int i = 0; i < times; i++) {
      schedule(event, 1, 0);
    }
  }

  List<WebhookDelivery> deliveries() {
    return log.deliveries();
  }

  int outstanding() {
    return log.outstanding();
  }

  boolean awaitIdle(Duration timeout) throws InterruptedException {
    return log.awaitIdle(timeout);
  }

  synchronized void reset() {
    held.clear();
    holding = false;
    autoDelivery = true;
    log.clear();
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }

  private void schedule(JsonObject event, int attempt, long delayMs) {
    log.queued();
    try {
      executor.schedule(() -> attempt(event, attempt), delayMs, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      log.finished(delivery(event, attempt, 0, "emulator closed"));
    }
  }

  private void attempt(JsonObject event, int attempt) {
    String target;
    String signingSecret;
    synchronized (this) {
      target = url;
      signingSecret = secret;
    }
    int status = 0;
    String error = null;
    try {
      if (target == null) {
        error = "no webhook endpoint configured";
      } else {
        status = sender.send(event, target, signingSecret);
      }
    } catch (IOException | IllegalArgumentException e) {
      error = e.toString();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error = "interrupted";
    }
    WebhookDelivery delivery = delivery(event, attempt, status, error);
    if (!delivery.succeeded() && target != null && attempt < MAX_ATTEMPTS) {
      schedule(event, attempt + 1, FIRST_RETRY_DELAY_MS << (attempt - 1));
    }
    log.finished(delivery);
  }

  private static WebhookDelivery delivery(JsonObject event, int attempt, int status, String error) {
    return new WebhookDelivery(
        Json.string(event, "id"), Json.string(event, "type"), attempt, status, error);
  }
}
