package com.marketplace.common.web;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The access log: one line per request on the logger {@code com.marketplace.access}, e.g. {@code
 * POST /booking/v1/reservations -> 201 in 12 ms, requestId=…, user=…@…}.
 *
 * <p>Request threads only queue the entry; one background thread formats it and hands it to the
 * server's log handlers. Logging from every request thread made them queue on the server's
 * synchronized console handler: 11.6 s blocked in 100 s of load in the profile (docs/benchmark.md).
 * When the writer falls behind by {@link #CAPACITY} entries, new ones are dropped and counted (the
 * count is logged), never waited for.
 */
@ApplicationScoped
public class AccessLog {

  static final Logger LOGGER = Logger.getLogger("com.marketplace.access");
  static final int CAPACITY = 10_000;

  /** What the line says; formatted on the writer thread. */
  record Entry(
      String method,
      String path,
      int status,
      long millis,
      String requestId,
      String traceId,
      String user) {

    String line() {
      return method
          + " "
          + path
          + " -> "
          + status
          + " in "
          + millis
          + " ms, requestId="
          + requestId
          + (traceId == null ? "" : ", traceId=" + traceId)
          + ", user="
          + user;
    }
  }

  private final BlockingQueue<Entry> queue;
  private final AtomicLong dropped = new AtomicLong();
  private volatile Thread writer;

  public AccessLog() {
    this(CAPACITY);
  }

  AccessLog(int capacity) {
    this.queue = new ArrayBlockingQueue<>(capacity);
  }

  /** Queues a request's line; returns at once. */
  void record(Entry entry) {
    if (!LOGGER.isLoggable(Level.INFO)) {
      return;
    }
    startWriter();
    if (!queue.offer(entry)) {
      dropped.incrementAndGet();
    }
  }

  private void startWriter() {
    if (writer == null) {
      synchronized (this) {
        if (writer == null) {
          Thread thread = new Thread(this::write, "marketplace-access-log");
          thread.setDaemon(true);
          thread.start();
          writer = thread;
        }
      }
    }
  }

  private void write() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        publish(queue.take());
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
          LOGGER.warning(lost + " access log lines dropped: the log could not keep up");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void publish(Entry entry) {
    LogRecord record = new LogRecord(Level.INFO, entry.line());
    record.setLoggerName(LOGGER.getName());
    // named, so that no formatter walks the stack to find the caller
    record.setSourceClassName(KernelRequestFilter.class.getName());
    record.setSourceMethodName("filter");
    LOGGER.log(record);
  }

  @PreDestroy
  void stop() {
    Thread thread = writer;
    if (thread != null) {
      thread.interrupt();
    }
  }
}
