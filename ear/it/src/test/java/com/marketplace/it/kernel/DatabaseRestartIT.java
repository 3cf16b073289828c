package com.marketplace.it.kernel;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.it.kernel.MixedLoad.Answer;
import com.marketplace.it.kernel.MixedLoad.Kind;
import com.marketplace.it.support.KernelDeployment;
import com.marketplace.it.support.Platform;
import com.marketplace.it.support.TestDatabase;
import com.marketplace.it.support.Tokens;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped with a fast shutdown under load, then restarted on the same data: while it is
 * away every request answers 503 with the envelope, quickly; once it is back the platform serves
 * again within seconds, without a redeploy; and every write acknowledged with 2xx is in the
 * database.
 */
class DatabaseRestartIT extends KernelDeployment {

  private static final Duration DOWN_FOR = Duration.ofSeconds(6);

  /** The slowest answer allowed while the database is away (the target is 2 to 3 s). */
  private static final Duration FAST = Duration.ofSeconds(3);

  /** The longest the platform may take to serve again once the database answers. */
  private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(15);

  private static final Duration SERVING_AFTER_RECOVERY = Duration.ofSeconds(3);

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The test tenant without rate limits (ear/it/pom.xml, RATE_LIMIT_TENANT_OVERRIDES): this test's
   * load is the database's to refuse, not the rate limiter's.
   */
  private final Tokens.User admin =
      Tokens.user(UUID.fromString("5e2f0c1a-0000-4000-8000-0000000000dd"), "admin");

  @Test
  void requestsAnswer503WhileTheDatabaseIsAwayAndSucceedAgainOnceItIsBackWithNothingLost()
      throws Exception {
    long stopping;
    long stopped;
    long restarting;
    long restarted;
    long recovered;
    Probe readinessBefore;
    Probe readinessWhileDown;
    Probe readinessAfter;
    MixedLoad load = startLoad();
    try {
      assertThat(
          "every client is served before the database stops",
          MixedLoad.await(() -> servedAll(load, Long.MIN_VALUE), Duration.ofSeconds(30)),
          is(true));

      // as a load balancer would have been asking all along (the first call warms Payara's
      // health endpoint up, which took ~10 s under this load)
      readinessBefore = readiness();

      stopping = System.nanoTime();
      TestDatabase.stopFast();
      stopped = System.nanoTime();
      Thread.sleep(DOWN_FOR.toMillis() / 2);
      readinessWhileDown = readiness();
      Thread.sleep(DOWN_FOR.toMillis() / 2);

      restarting = System.nanoTime();
      TestDatabase.restart();
      restarted = System.nanoTime();
      long since = restarted;
      assertThat(
          "every client is served again within " + RECOVERY_LIMIT,
          MixedLoad.await(() -> servedAll(load, since), RECOVERY_LIMIT),
          is(true));
      recovered = lastFirstSuccessAfter(load.answers(), restarted);
      Thread.sleep(SERVING_AFTER_RECOVERY.toMillis());
      readinessAfter = readiness();
    } finally {
      load.close();
      TestDatabase.restart(); // later test classes share the database
    }

    List<Answer> answers = load.answers();
    List<Answer> whileDown =
        answers.stream().filter(a -> a.started() > stopped && a.ended() < restarting).toList();
    long firstUnavailable =
        answers.stream()
            .filter(a -> a.status() == 503 && a.ended() > stopping)
            .mapToLong(Answer::ended)
            .min()
            .orElseThrow();
    List<Answer> acknowledgedWrites =
        answers.stream().filter(a -> a.kind().isWrite() && a.ok()).toList();
    report(
        answers, whileDown, acknowledgedWrites, firstUnavailable - stopping, recovered - restarted);
    System.out.printf(
        "DatabaseRestartIT: readiness while away %d in %d ms (%s), after %d in %d ms%n",
        readinessWhileDown.status(),
        readinessWhileDown.millis(),
        readinessWhileDown.body(),
        readinessAfter.status(),
        readinessAfter.millis());

    assertThat("readiness before the stop", readinessBefore.status(), is(200));
    assertReadinessIsDownWithoutInternals(readinessWhileDown);
    assertThat("readiness once the database is back", readinessAfter.status(), is(200));
    assertThat("answers while the database was away", whileDown.size(), greaterThan(10));
    whileDown.forEach(DatabaseRestartIT::assertUnavailableAnswer);
    assertThat(
        "the slowest answer while the database was away",
        whileDown.stream().mapToLong(a -> a.took().toMillis()).max().orElseThrow(),
        lessThanOrEqualTo(FAST.toMillis()));
    assertThat(
        "answers that are neither 2xx nor 503",
        answers.stream().filter(a -> !a.ok() && a.status() != 503).toList(),
        empty());
    assertThat(
        "answers other than 2xx once the platform served again",
        answers.stream().filter(a -> a.started() > recovered && !a.ok()).toList(),
        empty());
    assertAcknowledgedWritesAreStored(acknowledgedWrites);
  }

  private MixedLoad startLoad() {
    return new MixedLoad(admin)
        .with(Kind.ENROLLMENT_WRITE, 2)
        .with(Kind.BOOKING_WRITE, 2)
        .with(Kind.ENROLLMENT_READ, 1)
        .with(Kind.BOOKING_READ, 1);
  }

  /** Whether every kind of client got a 2xx for a request it started after {@code since}. */
  private static boolean servedAll(MixedLoad load, long since) {
    List<Answer> answers = load.answers();
    return Arrays.stream(Kind.values())
        .allMatch(
            kind ->
                answers.stream().anyMatch(a -> a.kind() == kind && a.ok() && a.started() > since));
  }

  /** When the last kind of client got its first 2xx for a request started after {@code since}. */
  private static long lastFirstSuccessAfter(List<Answer> answers, long since) {
    return Arrays.stream(Kind.values())
        .mapToLong(
            kind ->
                answers.stream()
                    .filter(a -> a.kind() == kind && a.ok() && a.started() > since)
                    .mapToLong(Answer::ended)
                    .min()
                    .orElseThrow())
        .max()
        .orElseThrow();
  }

  private static void assertUnavailableAnswer(Answer answer) {
    assertThat(answer.kind() + " " + answer.body(), answer.status(), is(503));
    assertThat("Retry-After of " + answer.kind(), answer.retryAfter(), notNullValue());
    assertThat(answer.body(), not(containsString("Exception")));
    try {
      JsonNode body = JSON.readTree(answer.body());
      assertThat(body.path("result").asText(), equalTo("ERR"));
      assertThat(body.path("status").asInt(), equalTo(503));
      assertThat(body.path("message").asText(), equalTo("errMsg_databaseUnavailable"));
    } catch (java.io.IOException e) {
      throw new AssertionError("not the error envelope: " + answer.body(), e);
    }
  }

  /** One answer of {@code /health/ready}. */
  private record Probe(int status, String body, long millis) {}

  private static Probe readiness() {
    long started = System.nanoTime();
    var response = Platform.server().get("/health/ready");
    return new Probe(
        response.statusCode(),
        response.asString(),
        Duration.ofNanos(System.nanoTime() - started).toMillis());
  }

  private static void assertReadinessIsDownWithoutInternals(Probe probe) {
    assertThat(probe.body(), probe.status(), is(503));
    assertThat(probe.body(), containsString("DOWN"));
    assertThat(probe.body(), containsString("database unavailable"));
    assertThat(probe.body(), not(containsString("refused")));
    assertThat(probe.body(), not(containsString(System.getProperty("it.db.port"))));
    assertThat("readiness answers quickly", probe.millis(), lessThanOrEqualTo(FAST.toMillis()));
  }

  private void assertAcknowledgedWritesAreStored(List<Answer> acknowledged) throws Exception {
    Set<String> tutorProfiles =
        new HashSet<>(
            TestDatabase.column(
                "select id::text from enrollment.tutor_profile where tenant_id = ?",
                admin.tenant()));
    Set<String> userProfiles =
        new HashSet<>(
            TestDatabase.column(
                "select user_id::text from booking.user_profile where tenant_id = ?",
                admin.tenant()));
    List<Answer> lost =
        acknowledged.stream()
            .filter(
                a ->
                    !(a.kind() == Kind.ENROLLMENT_WRITE ? tutorProfiles : userProfiles)
                        .contains(a.id()))
            .toList();
    assertThat("acknowledged writes missing from the database", lost, hasSize(0));
  }

  private static void report(
      List<Answer> answers,
      List<Answer> whileDown,
      List<Answer> acknowledgedWrites,
      long toFirst503Nanos,
      long recoveryNanos) {
    System.out.printf(
        "DatabaseRestartIT: %d requests (%d while the database was away, %d of them 503),"
            + " first 503 %d ms after the stop began, slowest answer while away %d ms,"
            + " served again %d ms after the restart, %d acknowledged writes verified%n",
        answers.size(),
        whileDown.size(),
        whileDown.stream().filter(a -> a.status() == 503).count(),
        Duration.ofNanos(toFirst503Nanos).toMillis(),
        whileDown.stream().mapToLong(a -> a.took().toMillis()).max().orElse(-1),
        Duration.ofNanos(recoveryNanos).toMillis(),
        acknowledgedWrites.size());
  }
}
