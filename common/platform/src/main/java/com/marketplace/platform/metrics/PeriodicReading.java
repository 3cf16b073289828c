package com.marketplace.platform.metrics;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value read at most once per period however often it is asked for: a scrape storm, or the
 * several gauges of one scrape, cost one read per period. A read that finds nothing (the database
 * away) keeps the last value, and the next attempt waits for the next period too. Whoever asks
 * while another caller is reading gets the last value at once instead of waiting.
 */
final class PeriodicReading<T> {

  /** A value and when it was read, on the {@code nanoTime} clock. */
  record Reading<T>(T value, long readAtNanos) {}

  private final Supplier<Optional<T>> read;
  private final long periodNanos;
  private final LongSupplier nanoTime;
  private final ReentrantLock reading = new ReentrantLock();
  private volatile Reading<T> last;
  private volatile Long attemptedAtNanos;

  /**
   * @param read reads the value now; empty when it cannot (it should not throw; if it does, that
   *     counts as empty)
   * @param nanoTime a monotonic clock, {@code System::nanoTime} on a server
   */
  PeriodicReading(Supplier<Optional<T>> read, Duration period, LongSupplier nanoTime) {
    this.read = read;
    this.periodNanos = period.toNanos();
    this.nanoTime = nanoTime;
  }

  /** The latest value read, read again first if the period since the last attempt is over. */
  Optional<Reading<T>> current() {
    if (due() && reading.tryLock()) {
      try {
        if (due()) {
          long now = nanoTime.getAsLong();
          attemptedAtNanos = now;
          readNow().ifPresent(value -> last = new Reading<>(value, now));
        }
      } finally {
        reading.unlock();
      }
    }
    return Optional.ofNullable(last);
  }

  /** Seconds since the latest value was read; empty before the first successful read. */
  Optional<Double> ageSeconds() {
    return Optional.ofNullable(last)
        .map(reading -> (nanoTime.getAsLong() - reading.readAtNanos()) / 1e9);
  }

  private boolean due() {
    Long attempted = attemptedAtNanos;
    return attempted == null || nanoTime.getAsLong() - attempted >= periodNanos;
  }

  private Optional<T> readNow() {
    try {
      return read.get();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
