package com.marketplace.payments.stripe.emulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The most recent API requests, bounded so a long local run does not grow without limit. */
final class RequestLog {

  private static final int CAPACITY = 10_000;

  private final Deque<RequestLogEntry> entries = new ArrayDeque<>();

  synchronized void add(RequestLogEntry entry) {
    if (entries.size() == CAPACITY) {
      entries.removeFirst();
    }
    entries.addLast(entry);
  }

  /** Oldest first. */
  synchronized List<RequestLogEntry> entries() {
    return List.copyOf(entries);
  }

  synchronized void clear() {
    entries.clear();
  }
}
