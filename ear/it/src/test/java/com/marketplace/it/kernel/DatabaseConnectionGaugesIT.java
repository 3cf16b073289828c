package com.marketplace.it.kernel;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import com.marketplace.it.support.KernelDeployment;
import com.marketplace.it.support.Platform;
import com.marketplace.it.support.TestDatabase;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The gauges of this node's database connections on {@code /metrics}, read from PostgreSQL's {@code
 * pg_stat_activity}: by state beside the pool's maximum, read at most once per period however often
 * Prometheus scrapes, and {@code /metrics} still answering with the last counts while the database
 * is away.
 */
class DatabaseConnectionGaugesIT extends KernelDeployment {

  private static final String CONNECTIONS = "marketplace_db_connections";
  private static final String MAX = "marketplace_db_connections_max";
  private static final String AGE = "marketplace_db_connections_age_seconds";
  private static final List<String> STATES = List.of("active", "idle", "idle in transaction");

  /** {@code DatabaseConnectionGauges.PERIOD}. */
  private static final Duration PERIOD = Duration.ofSeconds(5);

  @Test
  void theGaugesCountThisNodesConnectionsByStateBesideThePoolsMaximum() {
    String text = scrape();
    System.out.println(
        "DatabaseConnectionGaugesIT: "
            + text.lines().filter(line -> line.startsWith(CONNECTIONS)).toList());

    double total = 0;
    for (String state : STATES) {
      double connections = value(text, CONNECTIONS, "state=\"" + state + "\"").orElseThrow();
      assertThat(state, connections, greaterThanOrEqualTo(0.0));
      total += connections;
    }
    // the pool keeps at least two connections, one of which the gauges read with (not counted)
    assertThat("connections in the three states", total, greaterThanOrEqualTo(1.0));
    assertThat(value(text, MAX).orElseThrow(), is(48.0));
    assertThat("connections in the three states", total, lessThanOrEqualTo(48.0));
    assertThat(
        value(text, AGE).orElseThrow(),
        allOf(greaterThanOrEqualTo(0.0), lessThan((double) PERIOD.toSeconds() + 1)));
    assertThat(text, containsString("# TYPE " + CONNECTIONS + " gauge"));
  }

  @Test
  void scrapesWithinOnePeriodShareOneReadingWhichIsRenewedOnceThePeriodIsOver()
      throws InterruptedException {
    double firstAge = awaitFreshReading();
    long fresh = System.nanoTime();

    // a storm of scrapes for 3 s, all within the reading's period
    List<Double> ages = new ArrayList<>();
    while (System.nanoTime() - fresh < Duration.ofSeconds(3).toNanos()) {
      ages.add(value(scrape(), AGE).orElseThrow());
    }
    System.out.println("DatabaseConnectionGaugesIT: ages during the storm " + ages);
    assertThat("scrapes in the storm", ages.size(), greaterThanOrEqualTo(3));
    for (int i = 1; i < ages.size(); i++) {
      assertThat(
          "not read again: the same reading, older", ages.get(i), greaterThan(ages.get(i - 1)));
    }
    assertThat(ages.get(ages.size() - 1), greaterThanOrEqualTo(firstAge + 2.5));

    Thread.sleep(PERIOD.toMillis());
    assertThat(
        "the age once the period is over",
        value(scrape(), AGE).orElseThrow(),
        lessThan(ages.get(ages.size() - 1)));
  }

  @Test
  void whileTheDatabaseIsAwayMetricsAnswersWithTheLastCountsGrowingOlder() throws Exception {
    awaitFreshReading();
    String before = scrape();
    Response whileAway;
    try {
      TestDatabase.stopFast();
      Thread.sleep(PERIOD.toMillis() + 1_000);
      long started = System.nanoTime();
      whileAway = Platform.server().get("/metrics");
      System.out.printf(
          "DatabaseConnectionGaugesIT: /metrics while the database is away: %d in %d ms%n",
          whileAway.statusCode(), (System.nanoTime() - started) / 1_000_000);
      assertThat(whileAway.statusCode(), is(200));
    } finally {
      TestDatabase.restart(); // later test classes share the database
    }

    String text = whileAway.asString();
    for (String state : STATES) {
      String label = "state=\"" + state + "\"";
      assertThat(
          state,
          value(text, CONNECTIONS, label).orElseThrow(),
          is(value(before, CONNECTIONS, label).orElseThrow()));
    }
    assertThat(value(text, AGE).orElseThrow(), greaterThan((double) PERIOD.toSeconds()));
  }

  /** Scrapes until a reading younger than a second is seen; returns its age. */
  private static double awaitFreshReading() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      double age = value(scrape(), AGE).orElseThrow();
      if ((age >= 0 && age < 1) || System.nanoTime() > deadline) {
        assertThat("a fresh reading", age, allOf(greaterThanOrEqualTo(0.0), lessThan(1.0)));
        return age;
      }
      Thread.sleep(250);
    }
  }

  private static String scrape() {
    return Platform.server().get("/metrics").then().statusCode(200).extract().asString();
  }

  /** The first sample of {@code name} that has every one of {@code labels}. */
  private static OptionalDouble value(String text, String name, String... labels) {
    return text.lines()
        .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
        .filter(line -> List.of(labels).stream().allMatch(line::contains))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst();
  }
}
