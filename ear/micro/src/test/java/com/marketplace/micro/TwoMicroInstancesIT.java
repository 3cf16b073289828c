package com.marketplace.micro;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import com.marketplace.devserver.DevTokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The booking module's WAR on two Payara Micro instances clustered through Hazelcast, one
 * PostgreSQL, one standalone OpenMQ broker (docs/payara-micro.md), called over HTTP like a client.
 */
class TwoMicroInstancesIT {

  private static final DevTokens TOKENS = DevTokens.withDevKey();
  private static final UUID TENANT = UUID.randomUUID();
  private static MicroPlatform platform;

  @BeforeAll
  static void startTwoInstances() throws Exception {
    platform =
        new MicroPlatform(
            Path.of(System.getProperty("micro.dir")),
            Path.of(System.getProperty("work.dir")),
            Integer.parseInt(System.getProperty("micro.broker.port")));
    try {
      platform.start("booking", 2, Map.of("DB_WAIT_SECONDS", "10"));
    } catch (Exception | Error e) {
      platform.close();
      throw e;
    }
  }

  @AfterAll
  static void stop() {
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  void theModuleAnswersUnderItsOwnContextRootOnBothInstances() {
    for (int instance = 0; instance < 2; instance++) {
      on(instance)
          .get("/booking/health")
          .then()
          .statusCode(200)
          .body("status", equalTo("UP"))
          .body("module", equalTo("booking"));
    }
  }

  @Test
  void bothInstancesAreReadyBecauseTheDatabaseAnswers() {
    for (int instance = 0; instance < 2; instance++) {
      on(instance)
          .get("/health/ready")
          .then()
          .statusCode(200)
          .body("status", equalTo("UP"))
          .body("checks.name", hasItem("database"));
    }
  }

  @Test
  void theTwoInstancesFormOneHazelcastCluster() {
    // Payara's data grid report, logged by each instance whenever the membership changes
    assertThat(
        platform.logOf(0) + platform.logOf(1),
        containsString("DG Name: " + MicroInstance.CLUSTER_NAME + " DG Size: 2"));
  }

  @Test
  void aRequestWithoutTokenIsRefused() {
    on(1)
        .basePath("/booking")
        .contentType(ContentType.JSON)
        .body(stay(UUID.randomUUID().toString(), LocalDate.now().plusDays(5), 1))
        .post("/v1/reservations")
        .then()
        .statusCode(401);
  }

  @Test
  void aReservationMadeOnOneInstanceIsReadOnTheOther() {
    DevTokens.Subject guest = user("guest");
    String listing = instantListing(0);
    String reservation =
        as(guest, 0, "booking")
            .body(stay(listing, LocalDate.now().plusDays(10), 2))
            .post("/v1/reservations")
            .then()
            .statusCode(201)
            .extract()
            .path("reservation.id");
    as(guest, 1, "booking")
        .get("/v1/reservations/" + reservation)
        .then()
        .statusCode(200)
        .body("reservation.listingId", equalTo(listing));
  }

  @Test
  void conflictingBookingsThroughBothInstancesLeaveOneWinner() throws Exception {
    String listing = instantListing(1);
    LocalDate checkIn = LocalDate.now().plusDays(40);
    int clients = 20;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      DevTokens.Subject guest = user("guest");
      int instance = i % 2;
      int offset = i % 3; // three different, overlapping stays
      Callable<Integer> attempt =
          () -> {
            start.await();
            return as(guest, instance, "booking")
                .body(stay(listing, checkIn.plusDays(offset), 3))
                .post("/v1/reservations")
                .statusCode();
          };
      answers.add(pool.submit(attempt));
    }
    start.countDown();
    List<Integer> codes = new ArrayList<>();
    for (Future<Integer> answer : answers) {
      codes.add(answer.get());
    }
    pool.shutdown();

    assertThat(codes.toString(), codes.stream().filter(c -> c == 201).count(), is(1L));
    assertThat(codes.toString(), codes.stream().filter(c -> c == 409).count(), is(clients - 1L));
    assertThat(
        count("select count(*) from booking.reservation where listing_id = ?::uuid", listing),
        is(1L));
  }

  /** The outbox relay sends through OpenMQ's resource adapter to the standalone broker. */
  @Test
  void aBookingsDomainEventIsTakenByTheStandaloneBroker() throws Exception {
    String listing = instantListing(0);
    as(user("guest"), 0, "booking")
        .body(stay(listing, LocalDate.now().plusDays(70), 1))
        .post("/v1/reservations")
        .then()
        .statusCode(201);
    String events = "select count(*) from booking.outbox_event";
    assertThat(count(events), greaterThan(0L));
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (count(events + " where sent_at is null") > 0 && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
    }
    assertThat(count(events + " where sent_at is null"), is(0L));
  }

  private static String instantListing(int instance) {
    String id = UUID.randomUUID().toString();
    Map<String, Object> body = new HashMap<>();
    body.put("hostId", UUID.randomUUID().toString());
    body.put("title", "Flat on Micro");
    body.put("photos", List.of("https://img.example/1.jpg"));
    body.put("mainPhoto", "https://img.example/1.jpg");
    body.put("address", "Somewhere 1");
    body.put("propertyType", "apartment");
    body.put("location", "Europe/Amsterdam");
    body.put("timeZone", "Europe/Amsterdam");
    body.put("nightlyPrice", 100.00);
    body.put("currency", "EUR");
    body.put("cleaningFee", 25.00);
    body.put("platformFeeRate", 0.10);
    body.put("cityTaxRule", Map.of("type", "percentOfNightly", "percent", 5));
    body.put("maxGuests", 3);
    body.put("approvalType", "instant");
    body.put("bookingPolicy", Map.of("minNights", 1, "maxNights", 14, "leadTimeDays", 0));
    body.put("cancellationPolicy", Map.of("preset", "moderate"));
    as(user("admin"), instance, "booking")
        .body(body)
        .put("/v1/listings/" + id)
        .then()
        .statusCode(200);
    return id;
  }

  /** 100.00 a night, 25.00 cleaning, 10 % fee on both, 5 % city tax: 115 n + 27.50. */
  private static Map<String, Object> stay(String listing, LocalDate checkIn, int nights) {
    return Map.of(
        "listingId", listing,
        "checkIn", checkIn.toString(),
        "checkOut", checkIn.plusDays(nights).toString(),
        "guestCount", 2,
        "totalPrice", java.math.BigDecimal.valueOf(11_500L * nights + 2_750, 2));
  }

  private static DevTokens.Subject user(String role) {
    UUID id = UUID.randomUUID();
    return new DevTokens.Subject(id, TENANT, "Micro " + role, id + "@example.test", List.of(role));
  }

  private static RequestSpecification on(int instance) {
    return RestAssured.given().baseUri(platform.baseUrl(instance));
  }

  private static RequestSpecification as(DevTokens.Subject user, int instance, String module) {
    return on(instance)
        .basePath("/" + module)
        .auth()
        .oauth2(TOKENS.mint(user, Duration.ofMinutes(30)))
        .contentType(ContentType.JSON);
  }

  private static long count(String sql, Object... parameters) throws Exception {
    try (Connection connection = DriverManager.getConnection(platform.jdbcUrl(), "postgres", "");
        var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
