package com.marketplace.payments.stripe.emulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records delivery attempts and counts those still queued, so tests can wait for quiet. */
final class WebhookLog {

  private final List<WebhookDelivery> deliveries = new ArrayList<>();
  private int outstanding;

  synchronized void queued() {
    outstanding++;
  }

  synchronized void finished(WebhookDelivery delivery) {
    deliveries.add(delivery);
    outstanding--;
    notifyAll();
  }

  /** Attempts queued and not finished yet, retries included. */
  synchronized int outstanding() {
    return outstanding;
  }

  synchronized List<WebhookDelivery> deliveries() {
    return List.copyOf(deliveries);
  }

  /** Waits until every queued attempt, retries included, has finished. */
  synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (outstanding > 0) {
      long remainingMs = (deadline - System.nanoTime()) / 1_000_000;
      if (remainingMs <= 0) {
        return false;
      }
      wait(remainingMs);
    }
    return true;
  }

  /** Forgets past attempts; attempts still queued keep counting until they finish. */
  synchronized void clear() {
    deliveries.clear();
  }
}
