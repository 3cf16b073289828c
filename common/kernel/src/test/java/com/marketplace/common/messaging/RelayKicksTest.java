package com.marketplace.common.messaging;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

class RelayKicksTest {

  /** Runs tasks only when the test says so, so that kicks can arrive "during" a run. */
  private final Queue<Runnable> tasks = new ArrayDeque<>();

  private final Executor executor = tasks::add;
  private int runs;
  private Runnable duringRun = () -> {};

  private final RelayKicks kicks =
      new RelayKicks(
          "booking.outbox_event",
          () -> {
            runs++;
            duringRun.run();
          },
          executor);

  private void runQueued() {
    while (!tasks.isEmpty()) {
      tasks.poll().run();
    }
  }

  @Test
  void aKickRunsTheRelayOnTheExecutor() {
    kicks.kick();
    assertThat(runs, is(0));

    runQueued();

    assertThat(runs, is(1));
  }

  @Test
  void kicksBeforeTheRunStartsAreOneRun() {
    kicks.kick();
    kicks.kick();
    kicks.kick();

    runQueued();

    assertThat(runs, is(1));
  }

  @Test
  void kicksDuringARunAreFoldedIntoOneMoreRun() {
    duringRun =
        () -> {
          if (runs == 1) {
            kicks.kick(); // two commits while the first run sends
            kicks.kick();
          }
        };
    kicks.kick();

    runQueued();

    assertThat(runs, is(2));
  }

  @Test
  void theRunAfterKicksDuringARunGoesThroughTheExecutorAgain() {
    duringRun = kicks::kick; // a commit while the first run sends
    kicks.kick();

    tasks.poll().run();

    // not run at once in the same task: the executor delays it, so later commits join it
    assertThat(runs, is(1));
    assertThat(tasks.size(), is(1));
  }

  @Test
  void aFailedRunIsNotRetriedUntilTheNextKick() {
    duringRun =
        () -> {
          kicks.kick(); // a commit during the failing run
          throw new IllegalStateException("broker away");
        };
    kicks.kick();

    runQueued();
    assertThat(runs, is(1));

    duringRun = () -> {};
    kicks.kick(); // the sweep
    runQueued();
    assertThat(runs, is(2));
  }

  @Test
  void aRefusingExecutorLeavesTheNextKickFreeToStart() {
    int[] attempts = {0};
    RelayKicks refused =
        new RelayKicks(
            "booking.outbox_event",
            () -> runs++,
            task -> {
              attempts[0]++;
              throw new RejectedExecutionException("shutting down");
            });

    refused.kick();
    refused.kick();

    assertThat(attempts[0], is(2)); // not stuck as "running" after the first refusal
  }
}
