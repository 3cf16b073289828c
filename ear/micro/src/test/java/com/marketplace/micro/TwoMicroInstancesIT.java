package com.marketplace.micro;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import com.marketplace.devserver.DevTokens;
import com.marketplace.payments.stripe.emulator.WebhookSigner;
import com.marketplace.testsupport.EventSubscriber;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The one WAR of every module on two Payara Micro instances clustered through Hazelcast, one
 * PostgreSQL, one standalone OpenMQ broker (docs/payara-micro.md), called over HTTP like a client.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoMicroInstancesIT {

  private static final DevTokens TOKENS = DevTokens.withDevKey();
  private static final UUID TENANT = UUID.randomUUID();

  /** A tenant whose users may write 10 times an hour, for the cluster-wide rate limit. */
  private static final UUID LIMITED_TENANT = UUID.randomUUID();

  private static final int LIMITED_WRITES_PER_USER = 10;

  /**
   * How long a claim of an {@code Idempotency-Key} left by a killed instance holds (default 300 s):
   * a client's retry on the other instance takes it over after that.
   */
  private static final int IDEMPOTENCY_LEASE_SECONDS = 10;

  private static MicroPlatform platform;

  @BeforeAll
  static void startTwoInstances() throws Exception {
    platform =
        new MicroPlatform(
            Path.of(System.getProperty("micro.dir")),
            Path.of(System.getProperty("work.dir")),
            Integer.parseInt(System.getProperty("micro.broker.port")));
    try {
      platform.start(
          2,
          Map.of(
              "DB_WAIT_SECONDS",
              "10",
              "IDEMPOTENCY_LEASE_SECONDS",
              String.valueOf(IDEMPOTENCY_LEASE_SECONDS),
              "RATE_LIMIT_TENANT_OVERRIDES",
              LIMITED_TENANT
                  + ":WRITES_PER_USER="
                  + LIMITED_WRITES_PER_USER
                  + "/1h,WRITES_PER_TENANT=off;"
                  + TENANT
                  + ":WRITES_PER_USER=off,WRITES_PER_TENANT=off"));
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
  void everyModuleAnswersUnderItsOwnPathOnBothInstances() {
    for (int instance = 0; instance < 2; instance++) {
      for (String module : MicroInstance.MODULES) {
        on(instance)
            .get("/" + module + "/health")
            .then()
            .statusCode(200)
            .body("status", equalTo("UP"))
            .body("module", equalTo(module));
      }
    }
  }

  /** Each module's JAX-RS application serves its own routes only, as its WAR does in the EAR. */
  @Test
  void eachModulesApiDocumentListsItsOwnRoutesOnly() {
    Map<String, String> ownRoute =
        Map.of(
            "booking", "/v1/reservations",
            "enrollment", "/v1/enrollments",
            "payments", "/v1/admin/reconciliation");
    for (String module : MicroInstance.MODULES) {
      Map<String, Object> paths =
          on(1)
              .get("/" + module + "/openapi")
              .then()
              .statusCode(200)
              .body("servers[0].url", equalTo("/" + module))
              .extract()
              .jsonPath()
              .getMap("paths");
      ownRoute.forEach(
          (other, route) ->
              assertThat(
                  module + " lists " + route, paths.containsKey(route), is(other.equals(module))));
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
  void aRequestWithoutTokenIsRefusedInEveryModule() {
    on(1)
        .contentType(ContentType.JSON)
        .body(stay(UUID.randomUUID().toString(), LocalDate.now().plusDays(5), 1))
        .post("/booking/v1/reservations")
        .then()
        .statusCode(401);
    on(0)
        .contentType(ContentType.JSON)
        .body(Map.of("coursePackId", UUID.randomUUID().toString()))
        .post("/enrollment/v1/enrollments")
        .then()
        .statusCode(401);
    on(1).post("/payments/v1/admin/reconciliation").then().statusCode(401);
  }

  /**
   * The one WAR's authentication mechanism reads a module's own token names only: booking's ({@code
   * airbnb3-access-token}), not enrollment's.
   */
  @Test
  void aTokenUnderAnotherModulesNameIsNotReadByBooking() {
    String token = TOKENS.mint(user("guest"), Duration.ofMinutes(30));
    String reservations = "/booking/v1/reservations";
    on(0).header("tutorhub-access-token", token).get(reservations).then().statusCode(401);
    on(0).header("airbnb3-access-token", token).get(reservations).then().statusCode(200);
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
    List<Integer> codes =
        race(
            clients,
            i ->
                as(user("guest"), i % 2, "booking")
                    // three different, overlapping stays
                    .body(stay(listing, checkIn.plusDays(i % 3), 3))
                    .post("/v1/reservations")
                    .statusCode());

    assertThat(codes.toString(), codes.stream().filter(c -> c == 201).count(), is(1L));
    assertThat(codes.toString(), codes.stream().filter(c -> c == 409).count(), is(clients - 1L));
    assertThat(
        count("select count(*) from booking.reservation where listing_id = ?::uuid", listing),
        is(1L));
  }

  @Test
  void studentsRacingForOneSlotThroughBothInstancesLeaveOneEnrollment() throws Exception {
    Map<String, Object> enrollment = courseWithOneSlot(0);
    int clients = 20;
    List<Integer> codes =
        race(
            clients,
            i ->
                as(user("student"), i % 2, "enrollment")
                    .body(enrollment)
                    .post("/v1/enrollments")
                    .statusCode());

    assertThat(codes.toString(), codes.stream().filter(c -> c == 201).count(), is(1L));
    assertThat(codes.toString(), codes.stream().filter(c -> c == 409).count(), is(clients - 1L));
  }

  @Test
  void theSameIdempotencyKeyOnBothInstancesAtOnceRunsOnce() throws Exception {
    String listing = instantListing(0);
    int keys = 5;
    List<String> guests = new ArrayList<>();
    for (int k = 0; k < keys; k++) {
      DevTokens.Subject guest = user("guest");
      guests.add(guest.userId().toString());
      Map<String, Object> body = stay(listing, LocalDate.now().plusDays(100 + 2L * k), 1);
      String key = "micro-" + UUID.randomUUID();
      List<Response> answers =
          race(
              2,
              i ->
                  as(guest, i, "booking")
                      .header("Idempotency-Key", key)
                      .body(body)
                      .post("/v1/reservations"));
      // one ran; the other replayed its answer or was told it still runs (409)
      List<Integer> codes = answers.stream().map(Response::statusCode).toList();
      assertThat(codes.toString(), codes.stream().allMatch(c -> c == 201 || c == 409), is(true));
      List<Object> created =
          answers.stream()
              .filter(a -> a.statusCode() == 201)
              .map(a -> a.path("reservation.id"))
              .distinct()
              .toList();
      assertThat(codes.toString(), created.size(), is(1));
    }
    assertThat(
        count(
            "select count(*) from booking.reservation where guest_id = any(?::uuid[])",
            "{" + String.join(",", guests) + "}"),
        is((long) keys));
  }

  /** The budget lives in Payara's JCache, which the instances' Hazelcast shares. */
  @Test
  void aUsersWriteBudgetHoldsAcrossBothInstancesNotTwiceOver() throws Exception {
    UUID id = UUID.randomUUID();
    DevTokens.Subject limited =
        new DevTokens.Subject(
            id, LIMITED_TENANT, "Micro admin", id + "@example.test", List.of("admin"));
    int requests = 3 * LIMITED_WRITES_PER_USER;
    List<Integer> codes =
        race(
            requests,
            i ->
                as(limited, i % 2, "enrollment")
                    .body(
                        Map.of(
                            "permissionName",
                            "enrollment.create",
                            "subjectUserId",
                            UUID.randomUUID().toString(),
                            "canDo",
                            true))
                    .post("/v1/permissiongrants")
                    .statusCode());

    assertThat(codes.toString(), codes.stream().allMatch(c -> c == 201 || c == 429), is(true));
    assertThat(
        codes.toString(),
        codes.stream().filter(c -> c == 201).count(),
        is((long) LIMITED_WRITES_PER_USER));
  }

  /**
   * Payments and booking in one application, as in the EAR: Stripe's webhook (sent by the emulator
   * to instance 0) confirms a reservation whose payment started on instance 1 and waited for 3-D
   * Secure, through booking's order handler registered with payments.
   */
  @Test
  void aPaymentCompletedByStripesWebhookConfirmsTheReservation() throws Exception {
    DevTokens.Subject guest = user("guest");
    AwaitingAuthentication payment =
        bookedAndAwaitingAuthentication(guest, instantListing(1), 130, 1, 1);
    String reservation = payment.reservation();

    platform.stripe().completeAuthentication(payment.intent());

    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    String confirmation = "processing";
    while (!confirmation.equals("paid") && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
      confirmation =
          as(guest, 1, "booking")
              .get("/v1/reservations/" + reservation)
              .then()
              .statusCode(200)
              .extract()
              .path("reservation._paymentConfirmation");
    }
    assertThat(confirmation, equalTo("paid"));
    as(guest, 0, "booking")
        .get("/v1/reservations/" + reservation)
        .then()
        .body("reservation.bookingStatus", equalTo("confirmed"));
  }

  /**
   * Stripe delivers an event again when it is not sure it arrived; behind a load balancer the
   * copies reach both instances. A {@code payment_intent.succeeded} held back by the emulator is
   * delivered once to instance 0 (the control: what one delivery does to a reservation), and for a
   * second reservation six times at once, three to each instance: the same domain events and audit
   * entries as one delivery, one processed-event record.
   */
  @Test
  void theSameWebhookEventDeliveredToBothInstancesAtOnceMakesOneTransition() throws Exception {
    String listing = instantListing(0);
    Delivered once = paidThroughAHeldWebhook(listing, 150, List.of(0));
    Delivered sixTimes = paidThroughAHeldWebhook(listing, 153, List.of(0, 1, 0, 1, 0, 1));
    System.out.printf(
        "[micro] webhook: one delivery made %d domain events and %d audit entries; six concurrent"
            + " deliveries over both instances made %d and %d, answered %s; processed records %d%n",
        once.events(),
        once.audits(),
        sixTimes.events(),
        sixTimes.audits(),
        sixTimes.statuses(),
        sixTimes.processed());
    assertThat(once.events(), greaterThan(0L));
    assertThat(sixTimes.statuses(), everyItem(is(200)));
    assertThat(sixTimes.events(), is(once.events()));
    assertThat(sixTimes.audits(), is(once.audits()));
    assertThat(sixTimes.processed(), is(1L));
    assertThat(sixTimes.confirmation(), equalTo("paid"));
  }

  private record Delivered(
      long events, long audits, long processed, List<Integer> statuses, String confirmation) {}

  private record AwaitingAuthentication(String reservation, String intent) {}

  /**
   * {@code guest} books two nights at {@code listing} in {@code inDays} days through instance
   * {@code bookOn} and starts paying through instance {@code payOn} with a card that needs 3-D
   * Secure: the reservation stays "processing" until the authentication is completed at Stripe.
   */
  private static AwaitingAuthentication bookedAndAwaitingAuthentication(
      DevTokens.Subject guest, String listing, int inDays, int bookOn, int payOn) {
    String reservation =
        as(guest, bookOn, "booking")
            .body(stay(listing, LocalDate.now().plusDays(inDays), 2))
            .post("/v1/reservations")
            .then()
            .statusCode(201)
            .extract()
            .path("reservation.id");
    String intent =
        as(guest, payOn, "booking")
            .body(
                Map.of(
                    "paymentUserParams",
                    Map.of("paymentMethodId", "pm_card_authenticationRequired")))
            .patch("/v1/startreservationpayment/" + reservation)
            .then()
            .statusCode(200)
            .body("reservation._paymentConfirmation", equalTo("processing"))
            .extract()
            .path("paymentResult.paymentId");
    return new AwaitingAuthentication(reservation, intent);
  }

  /**
   * A reservation whose payment waits for 3-D Secure, its {@code payment_intent.succeeded} held by
   * the emulator and posted, signed, to {@code deliveries} (instances) at once; what it changed.
   */
  private static Delivered paidThroughAHeldWebhook(
      String listing, int inDays, List<Integer> deliveries) throws Exception {
    var stripe = platform.stripe();
    DevTokens.Subject guest = user("guest");
    AwaitingAuthentication payment = bookedAndAwaitingAuthentication(guest, listing, inDays, 0, 1);
    String reservation = payment.reservation();
    String intent = payment.intent();
    stripe.awaitWebhookDeliveries(Duration.ofSeconds(30));
    stripe.holdEvents();
    long eventsBefore = outboxEvents(reservation);
    long auditsBefore = audits(reservation);
    try {
      stripe.completeAuthentication(intent);
      var event = stripe.heldEvent("payment_intent.succeeded");
      String payload = event.toString();
      List<Integer> statuses =
          race(
              deliveries.size(),
              i ->
                  on(deliveries.get(i))
                      .header(
                          "Stripe-Signature",
                          WebhookSigner.signatureHeader(
                              payload,
                              MicroPlatform.WEBHOOK_SECRET,
                              Instant.now().getEpochSecond()))
                      .contentType(ContentType.JSON)
                      .body(payload)
                      .post("/payments/v1/stripe/webhook")
                      .statusCode());
      long processed =
          count(
              "select count(*) from payments.processed_webhook_event where event_id = ?",
              event.get("id").getAsString());
      String confirmation =
          as(guest, 1, "booking")
              .get("/v1/reservations/" + reservation)
              .then()
              .statusCode(200)
              .extract()
              .path("reservation._paymentConfirmation");
      return new Delivered(
          outboxEvents(reservation) - eventsBefore,
          audits(reservation) - auditsBefore,
          processed,
          statuses,
          confirmation);
    } finally {
      stripe.releaseHeldEvents(); // the same events once more, to instance 0: applied already
    }
  }

  private static long outboxEvents(String reservation) throws Exception {
    return count(
        "select count(*) from booking.outbox_event where body like ?",
        "%\"objectId\":\"" + reservation + "\"%");
  }

  private static long audits(String reservation) throws Exception {
    return count(
        "select count(*) from platform.audit_event where object_id = ?::uuid", reservation);
  }

  /**
   * The outbox relay of either instance publishes each committed event once: a subscriber of
   * booking's topic on the standalone broker (OpenMQ's client, the application's account, the only
   * one the access rules let consume topics) receives an event for each of 10 reservations booked
   * alternately on the two instances, and no event (by its id, the JMS correlation id) twice.
   */
  @Test
  void eachDomainEventReachesASubscriberOnceWhicheverInstanceCommittedIt() throws Exception {
    try (EventSubscriber events =
        new EventSubscriber(
            platform.brokerAddress(),
            StandaloneBroker.APP_USER,
            platform.brokerAppPassword(),
            "bookingEvents")) {
      String listing = instantListing(1);
      List<String> reservations = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        reservations.add(
            as(user("guest"), i % 2, "booking")
                .body(stay(listing, LocalDate.now().plusDays(20 + 2L * i), 1))
                .post("/v1/reservations")
                .then()
                .statusCode(201)
                .extract()
                .path("reservation.id"));
      }
      Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
      List<String> missing = reservations;
      while (!missing.isEmpty() && Instant.now().isBefore(deadline)) {
        Thread.sleep(500);
        missing = reservations.stream().filter(id -> !events.sawObject(id)).toList();
      }
      Map<String, Integer> deliveries = events.deliveries();
      List<String> twice =
          deliveries.entrySet().stream()
              .filter(e -> e.getValue() > 1)
              .map(Map.Entry::getKey)
              .toList();
      System.out.printf(
          "[micro] events: %d distinct events received for %d reservations booked over both"
              + " instances, without an event %d, delivered more than once %d%n",
          deliveries.size(), reservations.size(), missing.size(), twice.size());
      assertThat("reservations whose event never arrived", missing, empty());
      assertThat("events delivered more than once", twice, empty());
    }
  }

  /**
   * Instance 1 killed with SIGKILL while four clients book over both instances (the idea of the
   * Server cluster test's node loss; {@link BookingLoadUnderKill}): instance 0 keeps serving, every
   * booking a client saw acknowledged (201) is in the database, no night of the listing is booked
   * twice, and instance 1, started again, rejoins the data grid and serves. Last, as it restarts an
   * instance.
   */
  @Test
  @Order(Order.DEFAULT + 1)
  void anInstanceKilledUnderLoadLosesNothingAcknowledgedAndRejoins() throws Exception {
    String listing = instantListing(0);
    BookingLoadUnderKill load =
        new BookingLoadUnderKill(
            platform, TOKENS, TENANT, listing, LocalDate.now().plusDays(200), 4);
    BookingLoadUnderKill.Outcome outcome =
        load.run(1, Duration.ofSeconds(15), Duration.ofSeconds(10), Duration.ofSeconds(15));
    System.out.println("[micro] node loss: " + outcome);

    assertThat(outcome.servedBySurvivorWhileDown(), greaterThan(0));
    assertThat(outcome.unresolved().toString(), outcome.unresolved(), empty());
    assertThat(outcome.conflicts(), greaterThan(0));
    long stored =
        count(
            "select count(*) from booking.reservation where id = any(?::uuid[])",
            "{" + String.join(",", outcome.acknowledged()) + "}");
    System.out.printf(
        "[micro] node loss: %d of %d acknowledged bookings in the database%n",
        stored, outcome.acknowledged().size());
    assertThat(stored, is((long) outcome.acknowledged().size()));
    long overlapping =
        count(
            "select count(*) from booking.reservation a join booking.reservation b"
                + " on a.listing_id = b.listing_id and a.id < b.id"
                + " and a.check_in < b.check_out and b.check_in < a.check_out"
                + " where a.listing_id = ?::uuid"
                + " and a.booking_status not in ('cancelled', 'declined')"
                + " and b.booking_status not in ('cancelled', 'declined')",
            listing);
    assertThat("reservations sharing a night", overlapping, is(0L));
    assertThat(
        platform.logSinceStartOf(1),
        containsString("DG Name: " + MicroInstance.CLUSTER_NAME + " DG Size: 2"));
    assertThat(outcome.servedByRestarted(), greaterThan(0));
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

  /**
   * {@code clients} requests sent at once (client {@code i} by {@code attempt.apply(i)}), their
   * answers in order.
   */
  private static <T> List<T> race(int clients, IntFunction<T> attempt) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> answers = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      int client = i;
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return attempt.apply(client);
              }));
    }
    start.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> answer : answers) {
      results.add(answer.get());
    }
    pool.shutdown();
    return results;
  }

  /**
   * A tutor, a course pack and its one lesson slot, put in place through enrollment's admin routes
   * on {@code instance}; the body of an enrollment in that slot.
   */
  private static Map<String, Object> courseWithOneSlot(int instance) {
    DevTokens.Subject admin = user("admin");
    String tutorProfile = UUID.randomUUID().toString();
    String pack = UUID.randomUUID().toString();
    String slot = UUID.randomUUID().toString();
    as(admin, instance, "enrollment")
        .body(
            Map.of(
                "tutorId", UUID.randomUUID().toString(),
                "certifications", "CELTA",
                "bio", "Teaches English",
                "status", "active"))
        .put("/v1/admin/tutorprofiles/" + tutorProfile)
        .then()
        .statusCode(200);
    Map<String, Object> course = new HashMap<>();
    course.put("tutorProfileId", tutorProfile);
    course.put("title", "English, one lesson");
    course.put("price", 30.00);
    course.put("currency", "EUR");
    course.put("category", "languages");
    course.put("schedulingType", "fixed");
    course.put("requiresPreliminaryMeeting", false);
    as(admin, instance, "enrollment")
        .body(course)
        .put("/v1/admin/coursepacks/" + pack)
        .then()
        .statusCode(200);
    as(admin, instance, "enrollment")
        .body(
            Map.of(
                "coursePackId", pack,
                "scheduledDate", LocalDate.now().plusDays(7).toString(),
                "scheduledTime", "18:00",
                "timeZone", "Europe/Berlin",
                "status", "available",
                "locationType", "online",
                "locationDetails", "video call"))
        .put("/v1/admin/lessonslots/" + slot)
        .then()
        .statusCode(200);
    return Map.of(
        "coursePackId",
        pack,
        "tutorProfileId",
        tutorProfile,
        "lessonSlotIds",
        List.of(slot),
        "totalAmount",
        30.00,
        "currency",
        "EUR",
        "refundStatus",
        "notRequested");
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
