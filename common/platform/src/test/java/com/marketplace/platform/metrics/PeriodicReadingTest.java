package com.marketplace.platform.metrics;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PeriodicReadingTest {

  private static final Duration PERIOD = Duration.ofSeconds(5);

  private final AtomicLong now = new AtomicLong(1_000_000_000L);

  /** Answers with the queued values in order, empty ones for a database that is away. */
  private static final class Reads implements Supplier<Optional<Integer>> {
    final Deque<Optional<Integer>> answers = new ArrayDeque<>();
    final AtomicInteger count = new AtomicInteger();

    Reads answering(List<Optional<Integer>> values) {
      answers.addAll(values);
      return this;
    }

    @Override
    public Optional<Integer> get() {
      count.incrementAndGet();
      Optional<Integer> answer = answers.poll();
      return answer == null ? Optional.empty() : answer;
    }
  }

  private PeriodicReading<Integer> reading(Supplier<Optional<Integer>> reads) {
    return new PeriodicReading<>(reads, PERIOD, now::get);
  }

  private void secondsPass(double seconds) {
    now.addAndGet((long) (seconds * 1e9));
  }

  private static Integer value(PeriodicReading<Integer> reading) {
    return reading.current().map(PeriodicReading.Reading::value).orElse(null);
  }

  @Test
  void aScrapeStormWithinOnePeriodCostsOneRead() {
    Reads reads = new Reads().answering(List.of(Optional.of(7), Optional.of(8)));
    PeriodicReading<Integer> reading = reading(reads);

    for (int scrape = 0; scrape < 100; scrape++) {
      assertThat(value(reading), is(7));
      secondsPass(0.04);
    }

    assertThat(reads.count.get(), is(1));
  }

  @Test
  void onceThePeriodIsOverTheNextAskReadsAgain() {
    Reads reads = new Reads().answering(List.of(Optional.of(7), Optional.of(8)));
    PeriodicReading<Integer> reading = reading(reads);

    assertThat(value(reading), is(7));
    secondsPass(5);

    assertThat(value(reading), is(8));
    assertThat(reads.count.get(), is(2));
  }

  @Test
  void whileTheDatabaseIsAwayTheLastValueStaysAndGrowsOlderWithOneAttemptPerPeriod() {
    Reads reads =
        new Reads().answering(List.of(Optional.of(7), Optional.empty(), Optional.empty()));
    PeriodicReading<Integer> reading = reading(reads);
    assertThat(value(reading), is(7));

    secondsPass(5);
    assertThat(value(reading), is(7));
    secondsPass(2);
    assertThat(value(reading), is(7));
    secondsPass(4);
    assertThat(value(reading), is(7));

    assertThat(reads.count.get(), is(3)); // at 0, 5 and 11 s
    assertThat(reading.ageSeconds(), is(Optional.of(11.0)));
  }

  @Test
  void beforeAnyReadSucceededThereIsNoValueAndNoAge() {
    PeriodicReading<Integer> reading = reading(new Reads());

    assertThat(reading.current(), is(Optional.empty()));
    assertThat(reading.ageSeconds(), is(Optional.empty()));
  }

  @Test
  void aReadThatThrowsCountsAsNoAnswer() {
    AtomicInteger calls = new AtomicInteger();
    PeriodicReading<Integer> reading =
        reading(
            () -> {
              if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("pool closed");
              }
              return Optional.of(calls.get());
            });
    assertThat(value(reading), is(1));
    secondsPass(5);

    assertThat(value(reading), is(1));
    assertThat(reading.ageSeconds(), is(Optional.of(5.0)));
  }

  @Test
  void whoAsksWhileAnotherReadsGetsTheLastValueAtOnceInsteadOfWaiting() throws Exception {
    CountDownLatch readStarted = new CountDownLatch(1);
    CountDownLatch finishRead = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    PeriodicReading<Integer> reading =
        reading(
            () -> {
              if (calls.incrementAndGet() == 2) {
                readStarted.countDown();
                await(finishRead);
              }
              return Optional.of(calls.get());
            });
    assertThat(value(reading), is(1));
    secondsPass(5);
    Thread slowScrape = new Thread(() -> value(reading));
    slowScrape.start();
    assertThat(readStarted.await(5, TimeUnit.SECONDS), is(true));

    assertThat(value(reading), is(1)); // not blocked by the read under way
    finishRead.countDown();
    slowScrape.join(5_000);
    assertThat(value(reading), is(2));
    assertThat(calls.get(), is(2));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
