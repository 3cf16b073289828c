package com.marketplace.common.jobs;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.common.metrics.BusinessMetrics;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

class JobTimingTest {

  private final List<String> timed = new ArrayList<>();
  private final JobTiming timing = new JobTiming();

  JobTimingTest() {
    timing.metrics =
        new BusinessMetrics() {
          @Override
          public void jobDuration(String job, Duration duration) {
            timed.add(job + (duration.isNegative() ? " negative" : ""));
          }
        };
  }

  @Test
  void aRunThisNodeClaimedIsTimedUnderTheJobsName() throws Exception {
    Object result =
        timing.timeout(
            call(
                () -> {
                  JobTiming.claimed("booking.completeStays");
                  return 3;
                }));

    assertThat(result, equalTo(3));
    assertThat(timed, contains("booking.completeStays"));
  }

  @Test
  void aTickThatFoundTheRunClaimedElsewhereIsNotTimed() throws Exception {
    timing.timeout(call(() -> null));

    assertThat(timed, empty());
  }

  @Test
  void aCallWithinARunIsPartOfItNotARunOfItsOwn() throws Exception {
    timing.timeout(
        call(
            () ->
                timing.invoke(
                    call(
                        () -> {
                          JobTiming.claimed("booking.syncCalendars");
                          return null;
                        }))));

    assertThat(timed, contains("booking.syncCalendars"));
  }

  @Test
  void aRunThatFailsIsTimedTooAndItsFailurePasses() {
    assertThrows(
        IllegalStateException.class,
        () ->
            timing.timeout(
                call(
                    () -> {
                      JobTiming.claimed("payments.reconciliation");
                      throw new IllegalStateException("Stripe away");
                    })));

    assertThat(timed, contains("payments.reconciliation"));
  }

  @Test
  void aClaimOutsideAnyTimedRunIsIgnored() throws Exception {
    JobTiming.claimed("platform.retention");
    timing.timeout(call(() -> null));

    assertThat(timed, empty());
  }

  private static InvocationContext call(Callable<Object> work) throws NoSuchMethodException {
    var method = Callable.class.getMethod("call");
    return (InvocationContext)
        Proxy.newProxyInstance(
            JobTimingTest.class.getClassLoader(),
            new Class<?>[] {InvocationContext.class},
            (proxy, invoked, args) ->
                switch (invoked.getName()) {
                  case "proceed" -> work.call();
                  case "getMethod" -> method;
                  default -> throw new UnsupportedOperationException(invoked.getName());
                });
  }
}
