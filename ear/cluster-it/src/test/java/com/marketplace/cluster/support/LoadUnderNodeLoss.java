package com.marketplace.cluster.support;

import com.marketplace.cluster.support.Api.Answer;
import com.marketplace.cluster.support.Api.User;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bookings from several clients, spread over both instances, while one instance is killed with
 * SIGKILL and later started again through the DAS. Each client behaves as behind a load balancer
 * that retries on the other node: every booking carries an {@code Idempotency-Key}, and a request
 * whose connection fails (or that answers 5xx, 409 "still running", or Payara's 404 page while the
 * application is not loaded) is sent again with the same key, to the other node, until it gets an
 * answer or its time is up. A key the killed node had claimed answers "still running" until its
 * lease ({@code IDEMPOTENCY_LEASE_SECONDS}, short here) is over; then the retry takes it over.
 */
public final class LoadUnderNodeLoss {

  /** Longer than the lease of an idempotency claim the cluster is given (ClusterPlatform). */
  private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(45);

  private static final String IN_PROGRESS = "errMsg_idempotentRequestInProgress";

  private final PayaraCluster cluster;
  private final Database db;
  private final String listing;
  private final int clients;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger retries = new AtomicInteger();
  private final AtomicInteger takenOver = new AtomicInteger();
  private final AtomicInteger nextNight = new AtomicInteger();
  private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Unresolved> unresolved = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Served> served = new ConcurrentLinkedQueue<>();

  record Served(PayaraCluster.Instance node, Instant at) {}

  /** A booking whose client got no 201 in the end: which night, for whom, and the last answer. */
  public record Unresolved(String key, UUID guest, LocalDate night, String lastAnswer) {}

  /** What happened, for the assertions and the report. */
  public record Outcome(
      int requests,
      int retries,
      int takenOverAfterLease,
      List<String> acknowledged,
      List<Unresolved> unresolved,
      int servedBySurvivorWhileDown,
      int jobRunsWhileDown,
      Duration down,
      Duration restartTook,
      boolean rejoinedAndServed,
      int servedByRejoinedNode) {
    @Override
    public String toString() {
      return String.format(
          "%d bookings (%d retries on the other node, %d idempotency claims of the killed node"
              + " taken over after their lease), %d acknowledged, %d unresolved; killed node"
              + " down %d s (start-instance took %d s), survivor answered %d bookings meanwhile and"
              + " ran %d job(s); rejoined and served %d bookings after",
          requests,
          retries,
          takenOverAfterLease,
          acknowledged.size(),
          unresolved.size(),
          down.toSeconds(),
          restartTook.toSeconds(),
          servedBySurvivorWhileDown,
          jobRunsWhileDown,
          servedByRejoinedNode);
    }
  }

  public LoadUnderNodeLoss(PayaraCluster cluster, Database db, String listing, int clients) {
    this.cluster = cluster;
    this.db = db;
    this.listing = listing;
    this.clients = clients;
  }

  /**
   * Loads both nodes, kills {@code victim} after {@code warmUp}, keeps it down until a run of one
   * of {@code jobs} was claimed (by the survivor, necessarily) or 130 s passed (two periods of a
   * one-minute job and a little), starts it again, loads a little more and stops.
   */
  public Outcome run(PayaraCluster.Instance victim, List<String> jobs, Duration warmUp)
      throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(clients);
    List<Future<?>> workers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      workers.add(threads.submit(() -> client(client)));
    }
    PayaraCluster.Instance survivor =
        PayaraCluster.INSTANCES.stream().filter(i -> !i.equals(victim)).findFirst().orElseThrow();
    Thread.sleep(warmUp.toMillis());

    int claimsBefore = claims(jobs);
    Instant killedAt = Instant.now();
    long pid = cluster.kill(victim);
    System.out.printf("[cluster] killed %s (pid %d) with SIGKILL%n", victim.name(), pid);
    Instant deadline = killedAt.plusSeconds(130);
    while (claims(jobs) == claimsBefore && Instant.now().isBefore(deadline)) {
      Thread.sleep(1_000);
    }
    int jobRunsWhileDown = claims(jobs) - claimsBefore;

    Instant restartAt = Instant.now();
    cluster.restart(victim);
    Instant ready = awaitReady(victim, Duration.ofSeconds(300));
    Duration restartTook = Duration.between(restartAt, ready);
    int survivorWhileDown = countServed(survivor, killedAt, ready);
    Thread.sleep(5_000); // load on both again
    running.set(false);
    for (Future<?> worker : workers) {
      worker.get(2, TimeUnit.MINUTES);
    }
    threads.shutdown();
    int byRejoined = countServed(victim, ready, Instant.now());
    return new Outcome(
        requests.get(),
        retries.get(),
        takenOver.get(),
        List.copyOf(acknowledged),
        List.copyOf(unresolved),
        survivorWhileDown,
        jobRunsWhileDown,
        Duration.between(killedAt, ready),
        restartTook,
        byRejoined > 0,
        byRejoined);
  }

  private int claims(List<String> jobs) {
    return jobs.stream().mapToInt(job -> db.jobClaims(job).size()).sum();
  }

  private int countServed(PayaraCluster.Instance node, Instant from, Instant to) {
    return (int)
        served.stream()
            .filter(s -> s.node().equals(node) && !s.at().isBefore(from) && s.at().isBefore(to))
            .count();
  }

  private static Instant awaitReady(PayaraCluster.Instance node, Duration timeout)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (Api.ready(node)) {
        return Instant.now();
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(node + " not ready " + timeout + " after start-instance");
  }

  private void client(int client) {
    int turn = client;
    while (running.get()) {
      // one night each, never overlapping: every booking should be accepted
      LocalDate night = LocalDate.now().plusDays(60 + nextNight.getAndIncrement());
      User guest = User.of(ClusterPlatform.LOAD_TENANT, "guest");
      book(guest, night, "load-" + UUID.randomUUID(), turn++);
    }
  }

  private void book(User guest, LocalDate night, String key, int turn) {
    Map<String, Object> stay = Fixtures.stay(listing, night, 1);
    requests.incrementAndGet();
    Instant giveUp = Instant.now().plus(GIVE_UP_AFTER);
    String last = "no answer";
    boolean toldStillRunning = false;
    for (int attempt = 0; Instant.now().isBefore(giveUp); attempt++) {
      PayaraCluster.Instance node = PayaraCluster.INSTANCES.get((turn + attempt) % 2);
      if (attempt > 0) {
        retries.incrementAndGet();
      }
      try {
        Answer answer =
            Api.send(
                node,
                "POST",
                "/booking/v1/reservations",
                guest,
                stay,
                Map.of("Idempotency-Key", key));
        if (answer.status() == 201) {
          acknowledged.add(answer.at("/reservation/id"));
          served.add(new Served(node, Instant.now()));
          if (toldStillRunning) {
            takenOver.incrementAndGet();
          }
          return;
        }
        last = answer.status() + " " + answer.text();
        boolean stillRunning = answer.status() == 409 && answer.text().contains(IN_PROGRESS);
        toldStillRunning |= stillRunning;
        // a restarted instance answers HTTP before the application is loaded again: Payara's own
        // 404 page, not the application's JSON; a load balancer's health check keeps it out
        boolean applicationNotThere = answer.status() == 404 && answer.body() == null;
        if (answer.status() < 500 && !stillRunning && !applicationNotThere) {
          unresolved.add(new Unresolved(key, guest.id(), night, last));
          return;
        }
      } catch (IOException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      sleep(300);
    }
    unresolved.add(new Unresolved(key, guest.id(), night, last));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
