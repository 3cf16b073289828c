package com.marketplace.common.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The access log writes one line per request off the request thread, and never blocks it. */
class AccessLogTest {

  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private volatile boolean holdFirst;
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (holdFirst && lines.isEmpty()) {
            lines.add(record.getMessage());
            await(release);
            return;
          }
          lines.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private AccessLog log;

  @AfterEach
  void detach() {
    release.countDown();
    AccessLog.LOGGER.removeHandler(handler);
    if (log != null) {
      log.stop();
    }
  }

  @Test
  void aRequestBecomesOneLineWithItsRequestId() throws Exception {
    AccessLog.LOGGER.addHandler(handler);
    log = new AccessLog();

    log.record(entry("r-1"));

    waitFor(() -> !lines.isEmpty());
    assertThat(
        lines,
        contains("POST /booking/v1/reservations -> 201 in 12 ms, requestId=r-1," + " user=u@t"));
  }

  @Test
  void aWriterThatFallsBehindMakesLinesDropNotRequestsWait() throws Exception {
    holdFirst = true;
    AccessLog.LOGGER.addHandler(handler);
    log = new AccessLog(1);
    log.record(entry("first"));
    waitFor(() -> !lines.isEmpty()); // the writer now hangs in the handler

    long began = System.nanoTime();
    log.record(entry("queued"));
    log.record(entry("dropped-1"));
    log.record(entry("dropped-2"));
    long tookMillis = (System.nanoTime() - began) / 1_000_000;

    assertThat(tookMillis, is(lessThan(1000L)));
    release.countDown();
    waitFor(() -> lines.size() >= 3);
    assertThat(lines, hasItem("2 access log lines dropped: the log could not keep up"));
    assertThat(lines.stream().noneMatch(l -> l.contains("dropped-")), is(true));
  }

  private static AccessLog.Entry entry(String requestId) {
    return new AccessLog.Entry("POST", "/booking/v1/reservations", 201, 12, requestId, null, "u@t");
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 5 s");
      }
      Thread.sleep(10);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
