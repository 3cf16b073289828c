package com.marketplace.it.booking;

import static com.marketplace.it.booking.BookingFixtures.as;
import static com.marketplace.it.booking.BookingFixtures.booked;
import static com.marketplace.it.booking.BookingFixtures.pay;
import static com.marketplace.it.booking.BookingFixtures.today;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;

import com.google.gson.JsonObject;
import com.marketplace.it.support.Platform;
import com.marketplace.it.support.PlatformTest;
import com.marketplace.it.support.StripeEmulatorExtension;
import com.marketplace.it.support.TestDatabase;
import com.marketplace.it.support.Tokens;
import com.marketplace.payments.stripe.emulator.StripeEmulator;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * A guest pays and cancels the same reservation at the same moment, with Stripe slow to charge: 50
 * times. Whoever wins each race, the money invariants hold for every reservation: no charge without
 * a ticket, and the money Stripe holds equals what the platform records (for a reservation
 * cancelled far ahead under the flexible policy: nothing).
 */
@PlatformTest
class PaymentRacesIT {

  private static final int RACES = 50;

  private final BookingFixtures world = new BookingFixtures();
  private final StripeEmulator stripe = StripeEmulatorExtension.emulator();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Platform.ear()
        .addAsModule(ShrinkWrap.create(WebArchive.class, "racejobs.war").addClasses(RunJobs.class));
  }

  @Test
  void payRacingCancelNeverLeavesMoneyTheBookingDoesNotRecord() throws Exception {
    String listing = world.listing("Europe/Amsterdam", "instant", "flexible");
    List<Tokens.User> guests = new ArrayList<>();
    List<String> reservations = bookNights(listing, 60, guests);
    stripe.delayNext("POST", "/v1/payment_intents", RACES, Duration.ofMillis(400));

    ExecutorService clients = Executors.newFixedThreadPool(8);
    List<CompletableFuture<Integer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < RACES; i++) {
        Tokens.User guest = guests.get(i);
        String id = reservations.get(i);
        answers.add(CompletableFuture.supplyAsync(() -> pay(guest, id).statusCode(), clients));
        answers.add(
            CompletableFuture.supplyAsync(
                () -> as(guest).delete("/v1/reservations/" + id).statusCode(), clients));
      }
      List<Integer> statuses = answers.stream().map(CompletableFuture::join).toList();
      report("pay racing cancel", statuses);
      assertThat(
          "a race is lost with a clear answer, never a 500",
          statuses,
          everyItem(is(in(List.of(200, 409, 503)))));
    } finally {
      clients.shutdownNow();
      stripe.resetFaults();
    }
    stripe.awaitWebhookDeliveries(Duration.ofSeconds(60));
    Thread.sleep(3_500); // attempts a lost race left in flight are past their grace period now
    Platform.as(world.admin, "payments")
        .post("/v1/admin/reconciliation")
        .then()
        .statusCode(200)
        .body("reconciliation.unresolved", empty());

    for (String id : reservations) {
      cancelIfStillBooked(guests.get(reservations.indexOf(id)), id);
    }
    stripe.awaitWebhookDeliveries(Duration.ofSeconds(60));
    for (String id : reservations) {
      assertThat("money held at Stripe for " + id, heldAtStripe(id), is(0L));
      assertThat("money the platform records for " + id, recorded(id), is(0L));
    }
  }

  @Test
  void payRacingTheUnpaidExpiryNeverLeavesMoneyTheBookingDoesNotRecord() throws Exception {
    String listing = world.listing("Europe/Amsterdam", "instant", "flexible");
    List<Tokens.User> guests = new ArrayList<>();
    List<String> reservations = bookNights(listing, 200, guests);
    TestDatabase.column(
        "update booking.reservation set updated_at = now() - interval '2 hours'"
            + " where listing_id = ?::uuid returning id::text",
        listing);
    stripe.delayNext("POST", "/v1/payment_intents", RACES, Duration.ofMillis(400));

    ExecutorService clients = Executors.newFixedThreadPool(8);
    List<CompletableFuture<Integer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < RACES; i++) {
        Tokens.User guest = guests.get(i);
        String id = reservations.get(i);
        answers.add(CompletableFuture.supplyAsync(() -> pay(guest, id).statusCode(), clients));
        if (i % 10 == 0) {
          answers.add(
              CompletableFuture.supplyAsync(
                  () -> Platform.module("racejobs").post("/jobs/expireUnpaid").statusCode(),
                  clients));
        }
      }
      List<Integer> statuses = answers.stream().map(CompletableFuture::join).toList();
      report("pay racing expiry", statuses);
      assertThat(statuses, everyItem(is(in(List.of(200, 409, 503)))));
    } finally {
      clients.shutdownNow();
      stripe.resetFaults();
    }
    Platform.module("racejobs").post("/jobs/expireUnpaid").then().statusCode(200);
    stripe.awaitWebhookDeliveries(Duration.ofSeconds(60));
    Thread.sleep(3_500);
    Platform.as(world.admin, "payments")
        .post("/v1/admin/reconciliation")
        .then()
        .statusCode(200)
        .body("reconciliation.unresolved", empty());
    stripe.awaitWebhookDeliveries(Duration.ofSeconds(60));

    for (int i = 0; i < RACES; i++) {
      String id = reservations.get(i);
      String status =
          as(guests.get(i))
              .get("/v1/reservations/" + id)
              .then()
              .extract()
              .path("reservation.bookingStatus");
      long held = heldAtStripe(id);
      assertThat("held at Stripe = recorded for " + id, held, is(recorded(id)));
      if ("cancelled".equals(status)) {
        assertThat("an expired reservation keeps no money: " + id, held, is(0L));
      }
    }
  }

  /**
   * One night each for {@value #RACES} new guests (added to {@code guests}), every other night from
   * {@code daysAhead}: far enough ahead that the flexible policy refunds a cancellation in full.
   */
  private List<String> bookNights(String listing, int daysAhead, List<Tokens.User> guests) {
    LocalDate first = today("Europe/Amsterdam").plusDays(daysAhead);
    List<String> reservations = new ArrayList<>();
    for (int i = 0; i < RACES; i++) {
      Tokens.User guest = world.guest();
      guests.add(guest);
      reservations.add(booked(guest, listing, first.plusDays(2L * i), 1));
    }
    return reservations;
  }

  /** What the races came to, for the build log: the answers, and the late payments refunded. */
  private void report(String race, List<Integer> statuses) throws Exception {
    Map<Integer, Long> answers =
        statuses.stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    status -> status,
                    java.util.TreeMap::new,
                    java.util.stream.Collectors.counting()));
    long late =
        TestDatabase.count(
            "select count(*) from payments.payment_refund where tenant_id = ?::uuid"
                + " and reason like 'paid after%'",
            world.tenant.toString());
    System.out.println(race + ": answers " + answers + ", late payments refunded so far " + late);
  }

  /** A reservation whose cancellation lost its race is cancelled now: the guest retries. */
  private static void cancelIfStillBooked(Tokens.User guest, String id) {
    String status =
        as(guest).get("/v1/reservations/" + id).then().extract().path("reservation.bookingStatus");
    if (!"cancelled".equals(status)) {
      as(guest)
          .delete("/v1/reservations/" + id)
          .then()
          .statusCode(200)
          .body("reservation.bookingStatus", equalTo("cancelled"));
    }
  }

  private long heldAtStripe(String reservation) {
    long held = 0;
    for (JsonObject intent : stripe.paymentIntents()) {
      JsonObject metadata = intent.getAsJsonObject("metadata");
      if (metadata != null
          && metadata.has("orderId")
          && metadata.get("orderId").getAsString().equals(reservation)) {
        String id = intent.get("id").getAsString();
        long refunded =
            stripe.refunds().stream()
                .filter(r -> id.equals(r.get("payment_intent").getAsString()))
                .mapToLong(r -> r.get("amount").getAsLong())
                .sum();
        held += intent.get("amount_received").getAsLong() - refunded;
      }
    }
    return held;
  }

  private static long recorded(String reservation) throws Exception {
    List<String> rows =
        TestDatabase.column(
            "select (case when payment_status = 'SUCCEEDED' then amount_minor else 0 end"
                + " - refunded_minor)::text from payments.payment_ticket"
                + " where order_id = ?::uuid and is_active",
            reservation);
    return rows.isEmpty() ? 0 : Long.parseLong(rows.get(0));
  }
}
