package com.marketplace.micro;

import com.marketplace.devserver.DevTokens;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bookings of one-night stays from several clients, spread over both Micro instances, while one
 * instance is killed with SIGKILL and started again (the idea of the Server cluster test's {@code
 * LoadUnderNodeLoss}). Every night is asked for by two bookings in a row, usually from two clients
 * on the two instances, so the load holds conflicts (one 201, one 409) as well as bookings.
 *
 * <p>Each client behaves as behind a load balancer: a booking carries an {@code Idempotency-Key},
 * and a request whose connection fails, that answers 5xx, "still running" (409, the claim of a
 * request the killed instance took), or a 404 that is not the application's (Payara answering
 * before the WAR is deployed) is sent again with the same key to the other instance until it gets
 * an answer or {@link #GIVE_UP_AFTER} passes. While the killed instance is down and until it is
 * ready again, the balancer's health check keeps requests off it.
 */
final class BookingLoadUnderKill {

  /** Longer than the lease of a claim left by the killed instance (IDEMPOTENCY_LEASE_SECONDS). */
  private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(60);

  private static final String IN_PROGRESS = "errMsg_idempotentRequestInProgress";

  private final MicroPlatform platform;
  private final DevTokens tokens;
  private final UUID tenant;
  private final String listing;
  private final LocalDate firstNight;
  private final int clients;
  // HTTP/1.1: the JDK client's default HTTP/2 sends every request to an instance over one
  // connection, which stayed stuck after the instance was killed (docs/payara-micro.md)
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private volatile int out = -1;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger retries = new AtomicInteger();
  private final AtomicInteger conflicts = new AtomicInteger();
  private final AtomicInteger nextSlot = new AtomicInteger();
  private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> unresolved = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Served> served = new ConcurrentLinkedQueue<>();

  private record Served(int instance, Instant at) {}

  /** What happened, for the assertions and the report. */
  record Outcome(
      int requests,
      int retries,
      int conflicts,
      List<String> acknowledged,
      List<String> unresolved,
      int servedBySurvivorWhileDown,
      Duration down,
      Duration restartTook,
      int servedByRestarted) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%d bookings (%d retries on the other instance), %d acknowledged (201), %d refused as"
              + " the night was taken (409), %d unresolved; killed instance down %d s (its restart"
              + " until ready %d s), survivor acknowledged %d bookings meanwhile; the restarted"
              + " instance acknowledged %d after",
          requests,
          retries,
          acknowledged.size(),
          conflicts,
          unresolved.size(),
          down.toSeconds(),
          restartTook.toSeconds(),
          servedBySurvivorWhileDown,
          servedByRestarted);
    }
  }

  BookingLoadUnderKill(
      MicroPlatform platform,
      DevTokens tokens,
      UUID tenant,
      String listing,
      LocalDate firstNight,
      int clients) {
    this.platform = platform;
    this.tokens = tokens;
    this.tenant = tenant;
    this.listing = listing;
    this.firstNight = firstNight;
    this.clients = clients;
  }

  /**
   * Loads both instances for {@code warmUp}, kills {@code victim}, keeps it down for {@code down}
   * while the other serves alone, starts it again, loads both for {@code after} and stops.
   */
  Outcome run(int victim, Duration warmUp, Duration down, Duration after) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(clients);
    List<Future<?>> workers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      workers.add(threads.submit(() -> client(client)));
    }
    try {
      return load(victim, warmUp, down, after, workers);
    } finally {
      running.set(false);
      threads.shutdownNow();
    }
  }

  private Outcome load(
      int victim, Duration warmUp, Duration down, Duration after, List<Future<?>> workers)
      throws Exception {
    Thread.sleep(warmUp.toMillis());

    Instant killedAt = Instant.now();
    out = victim;
    long pid = platform.kill(victim);
    System.out.printf("[micro] killed instance %d (pid %d) with SIGKILL%n", victim, pid);
    Thread.sleep(down.toMillis());
    Instant restartAt = Instant.now();
    platform.restart(victim);
    Instant ready = Instant.now();
    out = -1;
    System.out.printf(
        "[micro] instance %d ready again %d s after its restart%n",
        victim, Duration.between(restartAt, ready).toSeconds());
    Thread.sleep(after.toMillis());
    running.set(false);
    for (Future<?> worker : workers) {
      worker.get(2, TimeUnit.MINUTES);
    }
    return new Outcome(
        requests.get(),
        retries.get(),
        conflicts.get(),
        List.copyOf(acknowledged),
        List.copyOf(unresolved),
        countServed(1 - victim, killedAt, ready),
        Duration.between(killedAt, ready),
        Duration.between(restartAt, ready),
        countServed(victim, ready, Instant.now()));
  }

  private int countServed(int instance, Instant from, Instant to) {
    return (int)
        served.stream()
            .filter(s -> s.instance() == instance && !s.at().isBefore(from) && s.at().isBefore(to))
            .count();
  }

  private void client(int client) {
    int turn = client;
    while (running.get()) {
      // two bookings in a row ask for the same night: one of them is refused
      LocalDate night = firstNight.plusDays(nextSlot.getAndIncrement() / 2);
      book(night, turn++);
    }
  }

  private void book(LocalDate night, int turn) {
    UUID guest = UUID.randomUUID();
    String token =
        tokens.mint(
            new DevTokens.Subject(
                guest, tenant, "Micro guest", guest + "@example.test", List.of("guest")),
            Duration.ofMinutes(30));
    String key = "kill-" + UUID.randomUUID();
    String stay =
        String.format(
            Locale.ROOT,
            "{\"listingId\":\"%s\",\"checkIn\":\"%s\",\"checkOut\":\"%s\",\"guestCount\":2,"
                + "\"totalPrice\":142.50}",
            listing,
            night,
            night.plusDays(1));
    requests.incrementAndGet();
    Instant giveUp = Instant.now().plus(GIVE_UP_AFTER);
    String last = "no answer";
    for (int attempt = 0; Instant.now().isBefore(giveUp); attempt++) {
      int instance = (turn + attempt) % 2;
      if (instance == out) {
        instance = 1 - instance;
      }
      if (attempt > 0) {
        retries.incrementAndGet();
      }
      try {
        HttpResponse<String> answer =
            http.send(
                HttpRequest.newBuilder(
                        URI.create(platform.baseUrl(instance) + "/booking/v1/reservations"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(stay))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        int status = answer.statusCode();
        String body = answer.body();
        if (status == 201) {
          acknowledged.add(JsonPath.from(body).getString("reservation.id"));
          served.add(new Served(instance, Instant.now()));
          return;
        }
        last = status + " " + body;
        boolean stillRunning = status == 409 && body.contains(IN_PROGRESS);
        if (status == 409 && !stillRunning) {
          conflicts.incrementAndGet();
          return;
        }
        boolean applicationNotThere = status == 404 && !body.trim().startsWith("{");
        if (status < 500 && !stillRunning && !applicationNotThere) {
          unresolved.add(night + " " + key + ": " + last);
          return;
        }
      } catch (IOException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    unresolved.add(night + " " + key + ": gave up, last " + last);
  }
}
