package com.marketplace.it.kernel;

import com.marketplace.it.support.Platform;
import com.marketplace.it.support.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Clients of two modules that keep reading and writing over HTTP, each on its own thread, and
 * remember every answer: what was asked, when, and what came back. Writes are reference-data
 * upserts of new records, so each one acknowledged with 2xx can later be looked up by its id.
 */
final class MixedLoad implements AutoCloseable {

  /** What one client keeps doing. */
  enum Kind {
    ENROLLMENT_WRITE,
    BOOKING_WRITE,
    ENROLLMENT_READ,
    BOOKING_READ;

    boolean isWrite() {
      return this == ENROLLMENT_WRITE || this == BOOKING_WRITE;
    }
  }

  /** One request and its answer; times are {@link System#nanoTime()}. */
  record Answer(
      Kind kind, String id, long started, long ended, int status, String retryAfter, String body) {

    boolean ok() {
      return status >= 200 && status < 300;
    }

    Duration took() {
      return Duration.ofNanos(ended - started);
    }
  }

  private static final Duration PAUSE = Duration.ofMillis(10);

  private final Tokens.User admin;
  private final String token;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
  private final ExecutorService clients = Executors.newCachedThreadPool();
  private volatile boolean running = true;

  MixedLoad(Tokens.User admin) {
    this.admin = admin;
    this.token = admin.token();
  }

  /** Starts {@code count} clients of {@code kind}. */
  MixedLoad with(Kind kind, int count) {
    for (int i = 0; i < count; i++) {
      clients.submit(() -> keepAsking(kind));
    }
    return this;
  }

  List<Answer> answers() {
    return new ArrayList<>(answers);
  }

  List<Answer> answers(Predicate<Answer> which) {
    return answers.stream().filter(which).toList();
  }

  /** Waits until {@code condition} holds, or {@code timeout} passed; true if it held. */
  static boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }

  /** Stops the clients after their current request. */
  @Override
  public void close() throws InterruptedException {
    running = false;
    clients.shutdown();
    if (!clients.awaitTermination(60, TimeUnit.SECONDS)) {
      clients.shutdownNow();
    }
  }

  private void keepAsking(Kind kind) {
    while (running) {
      String id = UUID.randomUUID().toString();
      long started = System.nanoTime();
      try {
        HttpResponse<String> response =
            http.send(request(kind, id), HttpResponse.BodyHandlers.ofString());
        answers.add(
            new Answer(
                kind,
                id,
                started,
                System.nanoTime(),
                response.statusCode(),
                response.headers().firstValue("Retry-After").orElse(null),
                response.body()));
      } catch (Exception e) {
        // no HTTP answer at all (e.g. the request timed out): status 0, never acknowledged
        answers.add(new Answer(kind, id, started, System.nanoTime(), 0, null, e.toString()));
      }
      pause();
    }
  }

  private HttpRequest request(Kind kind, String id) {
    return switch (kind) {
      case ENROLLMENT_WRITE ->
          put(
              "/enrollment/v1/admin/tutorprofiles/" + id,
              "{\"tutorId\":\""
                  + UUID.randomUUID()
                  + "\",\"certifications\":\"CELTA\",\"bio\":\"Under load\",\"status\":\"active\"}");
      case BOOKING_WRITE ->
          put(
              "/booking/v1/userprofiles/" + id,
              "{\"fullname\":\"Load " + id + "\",\"email\":\"" + id + "@example.test\"}");
      case ENROLLMENT_READ -> get("/enrollment/v1/enrollments");
      case BOOKING_READ -> get("/booking/v1/reservations");
    };
  }

  private HttpRequest put(String path, String json) {
    return base(path)
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  private HttpRequest get(String path) {
    return base(path).GET().build();
  }

  private HttpRequest.Builder base(String path) {
    return HttpRequest.newBuilder(URI.create(Platform.BASE_URL + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json");
  }

  private void pause() {
    try {
      Thread.sleep(PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  Tokens.User admin() {
    return admin;
  }
}
