package com.marketplace.common.messaging;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one outbox's relay on an executor when asked, at most one run at a time on this node. Kicks
 * that arrive before a run starts or during it are folded into one run (the next one), so that a
 * burst of commits costs a few relay runs, not one each, and no commit's events wait for the
 * periodic sweep. The executor may start each run a moment later ({@code Outbox} delays it a few
 * milliseconds), which folds the commits of that moment into the same run.
 */
class RelayKicks {

  private static final Logger LOG = Logger.getLogger(RelayKicks.class.getName());

  /** One run of the relay; its failures are logged, the next kick or sweep tries again. */
  @FunctionalInterface
  interface Run {
    void run() throws Exception;
  }

  private final String name;
  private final Run relay;
  private final Executor executor;
  private final AtomicBoolean requested = new AtomicBoolean();
  private final AtomicBoolean running = new AtomicBoolean();

  RelayKicks(String name, Run relay, Executor executor) {
    this.name = name;
    this.relay = relay;
    this.executor = executor;
  }

  /** Asks for a relay run soon; returns at once. */
  void kick() {
    requested.set(true);
    startIfIdle();
  }

  private void startIfIdle() {
    if (!running.compareAndSet(false, true)) {
      return; // the run in progress starts the next one when it ends
    }
    try {
      executor.execute(this::runRequested);
    } catch (RejectedExecutionException e) {
      running.set(false); // shutting down: the next node's or the next start's sweep relays
      LOG.log(Level.FINE, "Relay of " + name + " not started", e);
    }
  }

  private void runRequested() {
    try {
      if (requested.getAndSet(false)) {
        relay.run();
      }
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Relay of " + name + " stopped; the next sweep retries", e);
      requested.set(false); // no retry per commit while the broker or the database is away
    } finally {
      running.set(false);
      if (requested.get()) {
        startIfIdle(); // kicks during the run: one more run, started (and delayed) like the first
      }
    }
  }
}
