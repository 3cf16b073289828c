package com.marketplace.cluster;

import static com.marketplace.cluster.support.PayaraCluster.INSTANCES;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.oneOf;

import com.marketplace.cluster.support.Api;
import com.marketplace.cluster.support.Api.Answer;
import com.marketplace.cluster.support.Api.User;
import com.marketplace.cluster.support.ClusterExtension;
import com.marketplace.cluster.support.ClusterPlatform;
import com.marketplace.cluster.support.Database;
import com.marketplace.cluster.support.Fixtures;
import com.marketplace.cluster.support.LoadUnderNodeLoss;
import com.marketplace.cluster.support.PayaraCluster;
import com.marketplace.payments.stripe.emulator.WebhookSigner;
import com.marketplace.testsupport.EventSubscriber;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The EAR on a Payara deployment group of two instances, one PostgreSQL, one broker: requests
 * spread over both instances at once must find the same guarantees as on one server, also when an
 * instance is killed under load. Figures are printed as {@code [cluster-figures]} lines.
 */
@ExtendWith(ClusterExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final String RESERVATIONS = "/booking/v1/reservations";
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();
  private static final PayaraCluster.Instance ONE = INSTANCES.get(0);
  private static final PayaraCluster.Instance TWO = INSTANCES.get(1);

  /** The jobs whose period is set to one minute here (ClusterPlatform's environment). */
  static final List<String> MINUTE_JOBS =
      List.of(
          "platform.retention", "enrollment.cleanupPendingEnrollments", "payments.reconciliation");

  /**
   * Every once-per-cluster job and the least time between two of its runs (its claim spacing): the
   * interval timers of each instance tick at their own phase; the {@code @Schedule} jobs tick on
   * both instances in the same second, a race at every period.
   */
  static final Map<String, Duration> SPACING =
      Map.of(
          "platform.retention", Duration.ofSeconds(54),
          "enrollment.cleanupPendingEnrollments", Duration.ofSeconds(54),
          "payments.reconciliation", Duration.ofSeconds(55),
          "booking.expireUnpaidReservations", Duration.ofMinutes(4),
          "booking.completeStays", Duration.ofMinutes(10),
          "booking.syncCalendars", Duration.ofMinutes(20));

  private static ClusterPlatform platform;
  private static Database db;
  private static EventSubscriber events;
  private static ExecutorService pool;
  private static final User admin = User.of(ClusterPlatform.LOAD_TENANT, "admin");
  private static final User host = User.of(ClusterPlatform.LOAD_TENANT, "host");

  /** Every reservation the cluster acknowledged (201), for the event and loss checks. */
  private static final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

  private static LoadUnderNodeLoss.Outcome nodeLoss;

  @BeforeAll
  static void subscribe() throws Exception {
    platform = ClusterExtension.platform();
    db = new Database(platform.database().jdbcUrl());
    awaitBothReadyAndMigrated(Duration.ofMinutes(5));
    db.recordJobClaims();
    events =
        new EventSubscriber(
            platform.brokerAddress(),
            "marketplace",
            ClusterPlatform.BROKER_APP_PASSWORD,
            "bookingEvents",
            "enrollmentEvents");
    pool = Executors.newFixedThreadPool(16);
  }

  /**
   * {@code deploy --target} returned before the platform schema existed in the run of 27 Nov
   * ("schema platform does not exist"): wait for both instances' readiness and the migrations.
   */
  private static void awaitBothReadyAndMigrated(Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      boolean ready = INSTANCES.stream().allMatch(Api::ready);
      if (ready
          && db.count(
                  "select count(*) from information_schema.tables"
                      + " where table_schema = 'platform' and table_name = 'cluster_job'")
              == 1) {
        return;
      }
      Thread.sleep(1_000);
    }
    throw new IllegalStateException("The instances were not ready and migrated in " + timeout);
  }

  @AfterAll
  static void unsubscribe() {
    if (events != null) {
      events.close();
    }
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  @Test
  @Order(1)
  void conflictingBookingsThroughBothNodesNeverDoubleBookANight() throws Exception {
    String listing = Fixtures.listing(ONE, admin, host);
    int rounds = 8;
    int guestsPerRound = 6;
    int tried = 0;
    for (int round = 0; round < rounds; round++) {
      LocalDate day = LocalDate.now().plusDays(30 + 4L * round);
      List<Callable<Answer>> racers = new ArrayList<>();
      for (int g = 0; g < guestsPerRound; g++) {
        PayaraCluster.Instance node = INSTANCES.get(g % 2);
        // overlapping, not identical: [d, d+2) and [d+1, d+3) share a night
        Map<String, Object> stay = Fixtures.stay(listing, day.plusDays(g % 3 == 2 ? 1 : 0), 2);
        User guest = User.of(ClusterPlatform.LOAD_TENANT, "guest");
        racers.add(() -> Api.post(node, "/booking/v1/reservations", guest, stay));
      }
      List<Answer> answers = race(racers);
      tried += answers.size();
      List<Integer> statuses = answers.stream().map(Answer::status).toList();
      assertThat(statuses.toString(), statuses.stream().filter(s -> s == 201).count(), is(1L));
      assertThat(statuses, everyItem(oneOf(201, 409)));
      answers.stream()
          .filter(a -> a.status() == 201)
          .forEach(a -> acknowledged.add(a.at("/reservation/id")));
    }
    long doubleBooked =
        db.count(
            "select count(*) from booking.reservation a join booking.reservation b"
                + " on a.listing_id = b.listing_id and a.id < b.id"
                + " and daterange(a.check_in, a.check_out) && daterange(b.check_in, b.check_out)"
                + " where a.listing_id = ?::uuid"
                + " and a.booking_status in ('pending', 'confirmed')"
                + " and b.booking_status in ('pending', 'confirmed')",
            listing);
    figures(
        "bookings: %d requests over both nodes, %d conflicts tried, %d accepted, double bookings %d",
        tried, tried - rounds, rounds, doubleBooked);
    assertThat(doubleBooked, is(0L));
  }

  @Test
  @Order(2)
  void studentsRacingForASlotThroughBothNodesLeaveItBookedOnce() throws Exception {
    Fixtures.Course course = Fixtures.course(ONE, admin, 6);
    int tried = 0;
    for (UUID slot : course.slots()) {
      List<Callable<Answer>> racers = new ArrayList<>();
      for (int s = 0; s < 4; s++) {
        PayaraCluster.Instance node = INSTANCES.get(s % 2);
        User student = User.of(ClusterPlatform.LOAD_TENANT, "student");
        racers.add(
            () -> Api.post(node, "/enrollment/v1/enrollments", student, course.enrollmentOf(slot)));
      }
      List<Integer> statuses = race(racers).stream().map(Answer::status).toList();
      tried += statuses.size();
      assertThat(statuses.toString(), statuses.stream().filter(s -> s == 201).count(), is(1L));
      assertThat(statuses, everyItem(oneOf(201, 409)));
    }
    long doublyBooked =
        db.count(
            "select count(*) from (select s.lesson_slot_id from enrollment.enrollment_lesson_slot s"
                + " join enrollment.enrollment e on e.id = s.enrollment_id"
                + " where e.course_pack_id = ?::uuid and e.enrollment_status <> 'canceled'"
                + " group by s.lesson_slot_id having count(*) > 1) doubly",
            course.packId().toString());
    figures(
        "slot enrollments: %d requests for %d slots over both nodes, doubly booked slots %d",
        tried, course.slots().size(), doublyBooked);
    assertThat(doublyBooked, is(0L));
  }

  @Test
  @Order(3)
  void theSameIdempotencyKeyOnBothNodesAtOnceRunsOnce() throws Exception {
    String listing = Fixtures.listing(TWO, admin, host);
    int keys = 10;
    int replays = 0;
    List<String> guests = new ArrayList<>();
    for (int k = 0; k < keys; k++) {
      // a guest per key: a guest may hold only 3 unpaid reservations (BOOKING_MAX_UNPAID_HOLDS)
      User guest = User.of(ClusterPlatform.LOAD_TENANT, "guest");
      guests.add(guest.id().toString());
      Map<String, Object> stay = Fixtures.stay(listing, LocalDate.now().plusDays(40 + 2L * k), 1);
      Map<String, String> key = Map.of("Idempotency-Key", "cluster-" + UUID.randomUUID());
      List<Callable<Answer>> both = new ArrayList<>();
      for (PayaraCluster.Instance node : INSTANCES) {
        both.add(() -> Api.send(node, "POST", "/booking/v1/reservations", guest, stay, key));
      }
      List<Answer> answers = race(both);
      List<Integer> statuses = answers.stream().map(Answer::status).toList();
      // one ran; the other replayed its answer or was told it still runs
      assertThat(
          statuses.toString(),
          statuses.stream().filter(s -> s == 201).count(),
          greaterThanOrEqualTo(1L));
      assertThat(statuses, everyItem(oneOf(201, 409)));
      List<String> ids =
          answers.stream()
              .filter(a -> a.status() == 201)
              .map(a -> a.at("/reservation/id"))
              .distinct()
              .toList();
      assertThat(ids, hasSize(1));
      replays += statuses.stream().filter(s -> s == 201).count() - 1;
      acknowledged.addAll(ids);
    }
    long executions =
        db.count(
            "select count(*) from booking.reservation where guest_id = any(?::uuid[])",
            "{" + String.join(",", guests) + "}");
    figures(
        "idempotency: %d keys each sent to both nodes at once, %d executions, %d replays",
        keys, executions, replays);
    assertThat(executions, is((long) keys));
  }

  @Test
  @Order(4)
  void theSameWebhookEventDeliveredToBothNodesMakesOneTransition() throws Exception {
    String listing = Fixtures.listing(ONE, admin, host);
    // control: what one delivery of a payment_intent.succeeded does to a reservation
    Delivered once = paidThroughAHeldWebhook(listing, 50, List.of(ONE));
    // the same event, three times to each node, all at once
    Delivered sixTimes =
        paidThroughAHeldWebhook(listing, 53, List.of(ONE, TWO, ONE, TWO, ONE, TWO));
    figures(
        "webhook: one delivery made %d events and %d audit entries; six concurrent deliveries over"
            + " both nodes made %d and %d; processed records %d",
        once.events(), once.audits(), sixTimes.events(), sixTimes.audits(), sixTimes.processed());
    assertThat(once.events(), greaterThan(0L));
    assertThat(sixTimes.events(), is(once.events()));
    assertThat(sixTimes.audits(), is(once.audits()));
    assertThat(sixTimes.processed(), is(1L));
  }

  record Delivered(long events, long audits, long processed) {}

  private Delivered paidThroughAHeldWebhook(
      String listing, int inDays, List<PayaraCluster.Instance> deliveries) throws Exception {
    var stripe = platform.stripe();
    User guest = User.of(ClusterPlatform.LOAD_TENANT, "guest");
    Answer booked =
        Api.post(
            ONE,
            "/booking/v1/reservations",
            guest,
            Fixtures.stay(listing, LocalDate.now().plusDays(inDays), 2));
    assertThat(booked.text(), booked.status(), is(201));
    String reservation = booked.at("/reservation/id");
    acknowledged.add(reservation);
    Answer started =
        Api.send(
            TWO,
            "PATCH",
            "/booking/v1/startreservationpayment/" + reservation,
            guest,
            Map.of(
                "paymentUserParams",
                Map.of(
                    "paymentMethodId",
                    "pm_card_authenticationRequired",
                    "returnUrl",
                    "https://stays.example.test/trips/payment")),
            Map.of());
    assertThat(started.text(), started.status(), is(200));
    String intent = started.at("/paymentResult/paymentId");
    assertThat(started.text(), intent != null, is(true));
    stripe.awaitWebhookDeliveries(Duration.ofSeconds(30));
    stripe.holdEvents();
    long eventsBefore = outboxEvents(reservation);
    long auditsBefore = audits(reservation);
    try {
      stripe.completeAuthentication(intent);
      var event = stripe.heldEvent("payment_intent.succeeded");
      String payload = event.toString();
      List<Callable<Answer>> posts = new ArrayList<>();
      for (PayaraCluster.Instance node : deliveries) {
        String signature =
            WebhookSigner.signatureHeader(
                payload, ClusterPlatform.WEBHOOK_SECRET, Instant.now().getEpochSecond());
        posts.add(
            () ->
                Api.send(
                    node,
                    "POST",
                    "/payments/v1/stripe/webhook",
                    null,
                    payload,
                    Map.of("Stripe-Signature", signature, "Content-Type", "application/json")));
      }
      List<Integer> statuses = race(posts).stream().map(Answer::status).toList();
      assertThat(statuses, everyItem(is(200)));
      long processed =
          db.count(
              "select count(*) from payments.processed_webhook_event where event_id = ?",
              event.get("id").getAsString());
      return new Delivered(
          outboxEvents(reservation) - eventsBefore, audits(reservation) - auditsBefore, processed);
    } finally {
      stripe.releaseHeldEvents(); // the same events once more, to node one: applied already
    }
  }

  private long outboxEvents(String reservation) {
    return db.count(
        "select count(*) from booking.outbox_event where body like ?",
        "%\"objectId\":\"" + reservation + "\"%");
  }

  private long audits(String reservation) {
    return db.count(
        "select count(*) from platform.audit_event where object_id = ?::uuid", reservation);
  }

  @Test
  @Order(5)
  void rateLimitsHoldAcrossTheClusterNotTwiceOver() throws Exception {
    User limited = User.of(ClusterPlatform.LIMITED_TENANT, "admin");
    int requests = 3 * ClusterPlatform.LIMITED_WRITES_PER_USER;
    List<Callable<Answer>> writes = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      PayaraCluster.Instance node = INSTANCES.get(i % 2);
      writes.add(
          () ->
              Api.post(
                  node,
                  "/enrollment/v1/permissiongrants",
                  limited,
                  Map.of(
                      "permissionName",
                      "enrollment.create",
                      "subjectUserId",
                      UUID.randomUUID().toString(),
                      "canDo",
                      true)));
    }
    List<Integer> statuses = race(writes).stream().map(Answer::status).toList();
    long allowed = statuses.stream().filter(s -> s != 429).count();
    figures(
        "rate limits: %d writes by one user over both nodes, budget %d, allowed %d, refused (429) %d",
        requests, ClusterPlatform.LIMITED_WRITES_PER_USER, allowed, requests - allowed);
    assertThat(statuses, everyItem(oneOf(201, 429)));
    assertThat(allowed, is((long) ClusterPlatform.LIMITED_WRITES_PER_USER));
  }

  @Test
  @Order(6)
  void eachDomainEventReachesASubscriberOnceWhicheverNodeCommittedIt() throws Exception {
    awaitEventsOf(acknowledged, Duration.ofSeconds(60));
    Map<String, Integer> deliveries = events.deliveries();
    List<String> twice =
        deliveries.entrySet().stream()
            .filter(e -> e.getValue() > 1)
            .map(Map.Entry::getKey)
            .toList();
    figures(
        "events: %d distinct events received for %d acknowledged reservations, delivered more than once %d",
        deliveries.size(), acknowledged.size(), twice.size());
    assertThat(twice, empty());
  }

  private static void awaitEventsOf(Set<String> reservations, Duration timeout)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    List<String> missing = missingEvents(reservations);
    while (!missing.isEmpty() && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
      missing = missingEvents(reservations);
    }
    assertThat("reservations whose event never arrived", missing, empty());
  }

  private static List<String> missingEvents(Set<String> reservations) {
    return reservations.stream().filter(id -> !events.sawObject(id)).toList();
  }

  @Test
  @Order(7)
  void anInstanceKilledUnderLoadLosesNothingAcknowledgedAndRejoins() throws Exception {
    String listing = Fixtures.listing(ONE, admin, host);
    LoadUnderNodeLoss load = new LoadUnderNodeLoss(platform.cluster(), db, listing, 4);
    nodeLoss = load.run(TWO, MINUTE_JOBS, Duration.ofSeconds(5));
    figures("node loss: %s", nodeLoss);

    // the survivor kept serving while the other was down
    assertThat(nodeLoss.servedBySurvivorWhileDown(), greaterThan(0));
    // every request a client saw acknowledged is in the database, and its event went out
    long stored =
        db.count(
            "select count(*) from booking.reservation where id = any(?::uuid[])",
            "{" + String.join(",", nodeLoss.acknowledged()) + "}");
    assertThat(stored, is((long) nodeLoss.acknowledged().size()));
    awaitEventsOf(Set.copyOf(nodeLoss.acknowledged()), Duration.ofSeconds(60));
    // a job ran on the survivor while the other was down
    assertThat(nodeLoss.jobRunsWhileDown(), greaterThan(0));
    // the killed instance is back and serves
    assertThat(nodeLoss.rejoinedAndServed(), is(true));
    // a request the killed node had claimed is taken over after the claim's lease; a client left
    // without a 201 is one whose booking the killed node had committed before it died (the retry
    // met the booked night): its night holds exactly its one reservation, never none, never two
    // (docs/cluster.md, "Idempotency keys of a killed node")
    for (LoadUnderNodeLoss.Unresolved request : nodeLoss.unresolved()) {
      long booked =
          db.count(
              "select count(*) from booking.reservation where listing_id = ?::uuid"
                  + " and guest_id = ?::uuid and check_in = ?",
              listing,
              request.guest().toString(),
              request.night());
      assertThat(request.toString(), booked, is(1L));
    }
  }

  @Test
  @Order(8)
  void scheduledJobsRanOncePerPeriodAcrossTheCluster() throws InterruptedException {
    // three periods at least: wait for the third run if the tests above were quicker
    Instant deadline = Instant.now().plusSeconds(200);
    while (MINUTE_JOBS.stream().anyMatch(job -> db.jobClaims(job).size() < 3)
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(1_000);
    }
    for (String job : db.claimedJobs()) {
      assertThat("a job this test does not know: " + job, SPACING.containsKey(job), is(true));
      List<Instant> claims = db.jobClaims(job);
      List<Long> gaps = new ArrayList<>();
      for (int i = 1; i < claims.size(); i++) {
        gaps.add(Duration.between(claims.get(i - 1), claims.get(i)).toMillis() / 1000);
      }
      figures(
          "job %s: %d runs recorded, seconds between runs %s (never less than %d)",
          job, claims.size(), gaps, SPACING.get(job).toSeconds());
      // never twice in one period, whichever instance ticked
      assertThat(job, gaps, everyItem(greaterThanOrEqualTo(SPACING.get(job).toSeconds())));
    }
    for (String job : MINUTE_JOBS) {
      List<Instant> claims = db.jobClaims(job);
      assertThat(job, claims.size(), greaterThanOrEqualTo(3));
      // never a period skipped: with two timers at different phases a run comes at most a little
      // under two periods after the last
      for (int i = 1; i < claims.size(); i++) {
        assertThat(
            job,
            Duration.between(claims.get(i - 1), claims.get(i)).toSeconds(),
            lessThanOrEqualTo(130L));
      }
    }
  }

  @Test
  @Order(9)
  void anIdempotencyClaimLeftByADeadInstanceIsTakenOverAfterItsLease() throws Exception {
    String listing = Fixtures.listing(ONE, admin, host);
    User guest = User.of(ClusterPlatform.LOAD_TENANT, "guest");
    // how the server hashes a request, learnt from one it ran
    String first = JSON.writeValueAsString(Fixtures.stay(listing, LocalDate.now().plusDays(90), 1));
    String firstKey = "lease-" + UUID.randomUUID();
    Answer booked =
        Api.send(ONE, "POST", RESERVATIONS, guest, first, Map.of("Idempotency-Key", firstKey));
    assertThat(booked.text(), booked.status(), is(201));
    String stored =
        db.strings(
                "select request_hash from platform.idempotency_record where idempotency_key = ?",
                firstKey)
            .get(0);
    String path =
        List.of("v1/reservations", "/v1/reservations", "booking/v1/reservations", RESERVATIONS)
            .stream()
            .filter(candidate -> requestHash(candidate, first).equals(stored))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no path hashes as the server does"));

    // a claim as an instance killed mid-request leaves it: running, never completed
    String body = JSON.writeValueAsString(Fixtures.stay(listing, LocalDate.now().plusDays(92), 1));
    String key = "lease-" + UUID.randomUUID();
    db.execute(
        String.format(
            "insert into platform.idempotency_record"
                + " (tenant_id, user_id, idempotency_key, request_hash, state)"
                + " values ('%s', '%s', '%s', '%s', 'running')",
            guest.tenant(), guest.id(), key, requestHash(path, body)));
    Map<String, String> withKey = Map.of("Idempotency-Key", key);
    Answer withinLease = Api.send(TWO, "POST", RESERVATIONS, guest, body, withKey);
    assertThat(withinLease.text(), withinLease.status(), is(409));
    assertThat(withinLease.text(), containsString("errMsg_idempotentRequestInProgress"));

    db.execute(
        "update platform.idempotency_record set created_at = now() - make_interval(secs => "
            + (ClusterPlatform.IDEMPOTENCY_LEASE_SECONDS + 1)
            + ") where idempotency_key = '"
            + key
            + "'");
    Answer afterLease = Api.send(TWO, "POST", RESERVATIONS, guest, body, withKey);
    assertThat(afterLease.text(), afterLease.status(), is(201));
    Answer replayed = Api.send(ONE, "POST", RESERVATIONS, guest, body, withKey);
    assertThat(replayed.text(), replayed.status(), is(201));
    assertThat(replayed.at("/reservation/id"), is(afterLease.at("/reservation/id")));
    figures(
        "idempotency lease: a claim left running answered 409 within its lease (%d s), was taken"
            + " over after it (201) and replayed on the other node",
        ClusterPlatform.IDEMPOTENCY_LEASE_SECONDS);
  }

  private static String requestHash(String path, String body) {
    try {
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
      digest.update(("POST " + path + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of()
          .formatHex(digest.digest(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Starts all at once (as far as threads allow) and waits for every answer. */
  private static List<Answer> race(List<Callable<Answer>> racers) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Answer>> futures = new ArrayList<>();
    for (Callable<Answer> racer : racers) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return racer.call();
              }));
    }
    start.countDown();
    List<Answer> answers = new ArrayList<>();
    for (Future<Answer> future : futures) {
      answers.add(future.get());
    }
    return answers;
  }

  static void figures(String format, Object... args) {
    System.out.println("[cluster-figures] " + String.format(format, args));
  }
}
