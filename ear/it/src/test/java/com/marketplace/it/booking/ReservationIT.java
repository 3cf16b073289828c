package com.marketplace.it.booking;

import static com.marketplace.it.booking.BookingFixtures.as;
import static com.marketplace.it.booking.BookingFixtures.book;
import static com.marketplace.it.booking.BookingFixtures.booked;
import static com.marketplace.it.booking.BookingFixtures.stay;
import static com.marketplace.it.booking.BookingFixtures.today;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.marketplace.it.support.Platform;
import com.marketplace.it.support.PlatformTest;
import com.marketplace.it.support.TestDatabase;
import com.marketplace.it.support.Tokens;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** Booking a stay: the rules a reservation must meet, who sees it, who may change it. */
@PlatformTest
class ReservationIT {

  private final BookingFixtures world = new BookingFixtures();
  private final Tokens.User guest = world.guest();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Platform.ear();
  }

  @Test
  void aGuestBooksAtTheServersPriceWithSnapshotsAndJoins() {
    String listing = world.instantListing();
    LocalDate checkIn = today("Europe/Amsterdam").plusDays(10);
    as(world.admin)
        .body(Map.of("fullname", "Hanna Host", "email", "hanna@example.test"))
        .put("/v1/userprofiles/" + world.host.id())
        .then()
        .statusCode(200);

    String id =
        book(guest, listing, checkIn, 3)
            .then()
            .statusCode(201)
            .body("reservation.bookingStatus", equalTo("pending"))
            .body("reservation.bookingStatus_idx", equalTo(0))
            .body("reservation.approvalType", equalTo("instant"))
            .body("reservation.guestId", equalTo(guest.id().toString()))
            .body("reservation.hostId", equalTo(world.host.id().toString()))
            .body("reservation.totalPrice", equalTo(372.5f))
            .body("reservation.currency", equalTo("EUR"))
            .body("reservation.disputeStatus", equalTo("none"))
            .body("reservation._paymentConfirmation", equalTo("pending"))
            .body("reservation.bookingPoliciesSnapshot.minNights", equalTo(1))
            .body("reservation.cancellationPolicySnapshot.preset", equalTo("moderate"))
            .body("reservation.cancellationPolicySnapshot.tiers[0].refundPercent", equalTo(100))
            .extract()
            .path("reservation.id");

    as(guest)
        .get("/v1/reservations/" + id)
        .then()
        .statusCode(200)
        .body("reservation.listingJoins[0].title", equalTo("Flat in Europe/Amsterdam"))
        .body("reservation.listingJoins[0].propertyType_idx", equalTo(0))
        .body("reservation.listingJoins[0].photos", hasSize(2))
        .body("reservation.hostDetails[0].fullname", equalTo("Hanna Host"))
        .body("reservation.iCalExportUrl", equalTo("/booking/v1/reservations/" + id + "/ical"));
    as(guest)
        .queryParam("getJoins", false)
        .get("/v1/reservations/" + id)
        .then()
        .body("reservation.listingJoins", nullValue());
  }

  @Test
  void aTotalPriceOtherThanTheServersIsRefused() throws Exception {
    String listing = world.instantListing();
    LocalDate checkIn = today("Europe/Amsterdam").plusDays(10);

    as(guest)
        .body(stay(listing, checkIn, 3, new BigDecimal("372.49")))
        .post("/v1/reservations")
        .then()
        .statusCode(422)
        .body("message", equalTo("errMsg_totalPriceMismatch"));

    assertThat(reservationsOf(listing), is(0L));
  }

  @Test
  void fieldsTheServerDecidesCannotBeSetByTheClient() {
    String listing = world.instantListing();
    Map<String, Object> body = stay(listing, today("Europe/Amsterdam").plusDays(10), 2);
    body.put("hostId", guest.id().toString());

    as(guest).body(body).post("/v1/reservations").then().statusCode(422);
    body.remove("hostId");
    body.put("bookingStatus", "confirmed");
    as(guest).body(body).post("/v1/reservations").then().statusCode(422);
  }

  @Test
  void policyAndCapacityAreEnforced() {
    String listing = world.instantListing();
    LocalDate today = today("Europe/Amsterdam");

    book(guest, listing, today.plusDays(3), 15).then().statusCode(422); // maxNights 14
    Map<String, Object> crowd = stay(listing, today.plusDays(3), 2);
    crowd.put("guestCount", 4);
    as(guest).body(crowd).post("/v1/reservations").then().statusCode(422);
    as(guest)
        .body(Map.of("listingId", listing, "checkIn", today.plusDays(5).toString()))
        .post("/v1/reservations")
        .then()
        .statusCode(400);
    Map<String, Object> backwards = stay(listing, today.plusDays(5), 1);
    backwards.put("checkOut", today.plusDays(4).toString());
    as(guest).body(backwards).post("/v1/reservations").then().statusCode(400);
  }

  @Test
  void overlappingStaysAreRefusedAndBackToBackStaysAllowed() {
    String listing = world.instantListing();
    LocalDate checkIn = today("Europe/Amsterdam").plusDays(20);
    booked(guest, listing, checkIn, 3);

    book(world.guest(), listing, checkIn.plusDays(2), 3)
        .then()
        .statusCode(409)
        .body("message", equalTo("errMsg_datesNotAvailable"));
    book(world.guest(), listing, checkIn.minusDays(2), 3).then().statusCode(409);
    book(world.guest(), listing, checkIn.plusDays(3), 2).then().statusCode(201);
    book(world.guest(), listing, checkIn.minusDays(2), 2).then().statusCode(201);
  }

  @Test
  void fiftyConcurrentRequestsForOverlappingDatesMakeExactlyOneReservation() throws Exception {
    String listing = world.instantListing();
    LocalDate checkIn = today("Europe/Amsterdam").plusDays(30);
    int clients = 50;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Tokens.User someone = world.guest();
      int offset = i % 3; // three different, overlapping stays
      Callable<Integer> attempt =
          () -> {
            start.await();
            return book(someone, listing, checkIn.plusDays(offset), 3).statusCode();
          };
      answers.add(pool.submit(attempt));
    }
    start.countDown();
    List<Integer> codes = new ArrayList<>();
    for (Future<Integer> answer : answers) {
      codes.add(answer.get());
    }
    pool.shutdown();

    assertThat(codes.stream().filter(c -> c == 201).count(), is(1L));
    assertThat(codes.stream().filter(c -> c == 409).count(), is((long) clients - 1));
    assertThat(reservationsOf(listing), is(1L));
  }

  @Test
  void todayAndThePastAreJudgedInTheListingsTimeZone() {
    // a zone whose date differs from UTC's right now: ahead (Kiritimati, UTC+14) or behind (UTC-11)
    LocalDate utcToday = LocalDate.now(ZoneOffset.UTC);
    String zone =
        !today("Pacific/Kiritimati").equals(utcToday) ? "Pacific/Kiritimati" : "Pacific/Pago_Pago";
    String listing = world.listing(zone, "instant", "flexible");
    LocalDate localToday = today(zone);
    assertThat(localToday, not(equalTo(utcToday)));

    book(guest, listing, localToday.minusDays(1), 2)
        .then()
        .statusCode(400)
        .body("message", equalTo("errMsg_checkInIsInThePast"));
    book(guest, listing, localToday, 2).then().statusCode(201);
  }

  @Test
  void onlyGuestsBookAndOnlyParticipantsOrAdminsSeeAReservation() {
    String listing = world.instantListing();
    LocalDate checkIn = today("Europe/Amsterdam").plusDays(40);
    book(world.host, listing, checkIn, 2).then().statusCode(403);
    book(world.admin, listing, checkIn, 2).then().statusCode(403);
    Platform.module("booking")
        .contentType("application/json")
        .body(stay(listing, checkIn, 2))
        .post("/v1/reservations")
        .then()
        .statusCode(401);
    String id = booked(guest, listing, checkIn, 2);

    as(guest).get("/v1/reservations/" + id).then().statusCode(200);
    as(world.host).get("/v1/reservations/" + id).then().statusCode(200);
    as(world.admin).get("/v1/reservations/" + id).then().statusCode(200);
    as(world.guest()).get("/v1/reservations/" + id).then().statusCode(403);
    as(Tokens.user(UUID.randomUUID(), "admin"))
        .get("/v1/reservations/" + id)
        .then()
        .statusCode(404);
  }

  @Test
  void listsAreScopedToTheCallerAndFiltered() {
    String listing = world.instantListing();
    LocalDate checkIn = today("Europe/Amsterdam").plusDays(50);
    Tokens.User other = world.guest();
    String mine = booked(guest, listing, checkIn, 2);
    String theirs = booked(other, listing, checkIn.plusDays(2), 2);

    as(guest)
        .get("/v1/reservations")
        .then()
        .statusCode(200)
        .body("reservations.id", contains(mine))
        .body("reservations[0].listingJoins[0].title", equalTo("Flat in Europe/Amsterdam"));
    as(world.host)
        .get("/v1/reservations")
        .then()
        .body("reservations.id", containsInAnyOrder(mine, theirs));
    as(world.admin)
        .queryParam("guestId", other.id().toString())
        .get("/v1/reservations")
        .then()
        .body("reservations.id", contains(theirs))
        .body("filters[0].name", equalTo("guestId"));
    as(world.admin)
        .queryParam("bookingStatus", "pending")
        .queryParam("pageRowCount", 1)
        .get("/v1/reservations")
        .then()
        .body("reservations", hasSize(1))
        .body("paging.totalRowCount", equalTo(2));
    as(world.admin)
        .queryParam("bookingStatus", "nonsense")
        .get("/v1/reservations")
        .then()
        .statusCode(400);
    as(Tokens.user(UUID.randomUUID(), "admin"))
        .get("/v1/reservations")
        .then()
        .body("reservations", hasSize(0));
  }

  /**
   * Someone who both hosts and travels sees their stays as host and as guest in one list, newest
   * first, paged and counted across both (the two are read as separate index scans and merged).
   */
  @Test
  void aHostWhoAlsoTravelsListsBothRolesNewestFirstPagedAndCounted() {
    Tokens.User traveller = Tokens.user(world.tenant, "host", "guest");
    Map<String, Object> body = world.listingBody("Europe/Amsterdam", "instant", "moderate");
    body.put("hostId", traveller.id().toString());
    String own = UUID.randomUUID().toString();
    as(world.admin).body(body).put("/v1/listings/" + own).then().statusCode(200);
    LocalDate checkIn = today("Europe/Amsterdam").plusDays(80);
    String oldest = booked(guest, own, checkIn, 2);
    String away = booked(traveller, world.instantListing(), checkIn, 2);
    String newest = booked(world.guest(), own, checkIn.plusDays(3), 2);

    as(traveller)
        .get("/v1/reservations")
        .then()
        .statusCode(200)
        .body("reservations.id", contains(newest, away, oldest))
        .body("paging.totalRowCount", equalTo(3));
    as(traveller)
        .queryParam("pageRowCount", 1)
        .queryParam("pageNumber", 2)
        .get("/v1/reservations")
        .then()
        .body("reservations.id", contains(away))
        .body("paging.totalRowCount", equalTo(3));
    as(traveller)
        .queryParam("pageRowCount", 2)
        .queryParam("pageNumber", 2)
        .get("/v1/reservations")
        .then()
        .body("reservations.id", contains(oldest))
        .body("paging.totalRowCount", equalTo(3));
    as(traveller)
        .queryParam("pageNumber", 0)
        .get("/v1/reservations")
        .then()
        .body("reservations.id", contains(newest, away, oldest))
        .body("paging.totalRowCount", equalTo(3));
    as(traveller)
        .queryParam("hostId", traveller.id().toString())
        .get("/v1/reservations")
        .then()
        .body("reservations.id", contains(newest, oldest));
    as(traveller)
        .queryParam("guestId", traveller.id().toString())
        .queryParam("bookingStatus", "pending")
        .get("/v1/reservations")
        .then()
        .body("reservations.id", contains(away));
    as(guest)
        .queryParam("listingId", own)
        .get("/v1/reservations")
        .then()
        .body("reservations.id", contains(oldest));
  }

  @Test
  void aManualListingsHostConfirmsOrDeclinesAndTheStateMachineRefusesTheRest() {
    String listing = world.listing("Europe/Amsterdam", "manual", "strict");
    LocalDate checkIn = today("Europe/Amsterdam").plusDays(60);
    String first = booked(guest, listing, checkIn, 2);
    String second = booked(world.guest(), listing, checkIn.plusDays(5), 2);

    patch(guest, first, "confirmed").then().statusCode(403);
    patch(world.host, first, "confirmed")
        .then()
        .statusCode(200)
        .body("reservation.bookingStatus", equalTo("confirmed"));
    patch(world.host, first, "declined")
        .then()
        .statusCode(409)
        .body("message", equalTo("errMsg_illegalReservationTransition"));
    patch(world.host, first, "complete").then().statusCode(409); // not over, not paid
    patch(world.host, second, "declined")
        .then()
        .statusCode(200)
        .body("reservation.bookingStatus", equalTo("declined"));
    patch(world.admin, second, "confirmed").then().statusCode(409);
    // declined: its nights are free again
    book(world.guest(), listing, checkIn.plusDays(5), 2).then().statusCode(201);
  }

  @Test
  void anInstantReservationIsConfirmedByPaymentNotByTheHost() {
    String listing = world.instantListing();
    String id = booked(guest, listing, today("Europe/Amsterdam").plusDays(70), 2);

    patch(world.host, id, "confirmed").then().statusCode(409);
  }

  @Test
  void onlyAnAdminSetsTheDisputeStatusAndImportSourcesMustBeHttp() {
    String listing = world.instantListing();
    String id = booked(guest, listing, today("Europe/Amsterdam").plusDays(80), 2);

    as(guest)
        .body(Map.of("disputeStatus", "active"))
        .patch("/v1/reservations/" + id)
        .then()
        .statusCode(403);
    as(world.admin)
        .body(Map.of("disputeStatus", "active"))
        .patch("/v1/reservations/" + id)
        .then()
        .statusCode(200)
        .body("reservation.disputeStatus_idx", equalTo(2));
    as(guest)
        .body(Map.of("iCalImportSource", "file:///etc/passwd"))
        .patch("/v1/reservations/" + id)
        .then()
        .statusCode(400);
    as(guest)
        .body(Map.of("iCalImportSource", "https://calendar.example/guest.ics"))
        .patch("/v1/reservations/" + id)
        .then()
        .statusCode(200)
        .body("reservation.iCalImportSource", equalTo("https://calendar.example/guest.ics"));
  }

  @Test
  void deletingAnUnpaidReservationCancelsItSoftlyAndFreesItsNights() throws Exception {
    String listing = world.instantListing();
    LocalDate checkIn = today("Europe/Amsterdam").plusDays(90);
    String id = booked(guest, listing, checkIn, 2);

    as(world.guest()).delete("/v1/reservations/" + id).then().statusCode(403);
    as(guest)
        .delete("/v1/reservations/" + id)
        .then()
        .statusCode(200)
        .body("reservation.bookingStatus", equalTo("cancelled"))
        .body("reservation.isActive", equalTo(false));
    as(guest).delete("/v1/reservations/" + id).then().statusCode(409);
    book(world.guest(), listing, checkIn, 2).then().statusCode(201);
    assertThat(
        TestDatabase.column(
            "select field || ':' || coalesce(from_value, '') || '>' || to_value from platform.audit_event"
                + " where object_id = ?::uuid and field = 'bookingStatus'",
            id),
        contains("bookingStatus:pending>cancelled"));
  }

  @Test
  void referenceDataRoutesAreForAdmins() {
    String id = UUID.randomUUID().toString();
    as(world.host)
        .body(world.listingBody("Europe/Amsterdam", "instant", "flexible"))
        .put("/v1/listings/" + id)
        .then()
        .statusCode(403);
    Map<String, Object> bad = world.listingBody("Mars/Olympus", "instant", "flexible");
    as(world.admin).body(bad).put("/v1/listings/" + id).then().statusCode(400);
    as(world.admin)
        .body(world.listingBody("Europe/Amsterdam", "instant", "flexible"))
        .put("/v1/listings/" + id)
        .then()
        .statusCode(200)
        .body("listing.nightlyPrice", equalTo(100.0f));
    as(guest)
        .body(Map.of("fullname", "x"))
        .put("/v1/userprofiles/" + guest.id())
        .then()
        .statusCode(403);
  }

  @Test
  void everyBookingRouteButTheFeedNeedsAToken() {
    String id = UUID.randomUUID().toString();
    List<String[]> routes =
        List.of(
            new String[] {"POST", "/v1/reservations"},
            new String[] {"GET", "/v1/reservations"},
            new String[] {"GET", "/v1/reservations/" + id},
            new String[] {"PATCH", "/v1/reservations/" + id},
            new String[] {"DELETE", "/v1/reservations/" + id},
            new String[] {"GET", "/v1/reservations/" + id + "/ical"},
            new String[] {"PATCH", "/v1/startreservationpayment/" + id},
            new String[] {"PATCH", "/v1/refreshreservationpayment/" + id},
            new String[] {"POST", "/v1/callbackreservationpayment"},
            new String[] {"POST", "/v1/paymentrecords"},
            new String[] {"GET", "/v1/paymentrecords"},
            new String[] {"GET", "/v1/paymentrecords/" + id},
            new String[] {"POST", "/v1/disputes"},
            new String[] {"GET", "/v1/disputes"},
            new String[] {"GET", "/v1/disputes/" + id},
            new String[] {"PATCH", "/v1/disputes/" + id},
            new String[] {"PUT", "/v1/listings/" + id},
            new String[] {"GET", "/v1/listings/" + id},
            new String[] {"PUT", "/v1/userprofiles/" + id},
            new String[] {"POST", "/v1/listings/" + id + "/icalimports"},
            new String[] {"GET", "/v1/listings/" + id + "/icalimports"},
            new String[] {"POST", "/v1/icalimports/" + id + "/sync"},
            new String[] {"DELETE", "/v1/icalimports/" + id});
    List<String> answers = new ArrayList<>();
    for (String[] route : routes) {
      var request = Platform.module("booking");
      if (!route[0].equals("GET") && !route[0].equals("DELETE")) {
        request = request.contentType("application/json").body("{}");
      }
      answers.add(
          route[0] + " " + route[1] + " " + request.request(route[0], route[1]).statusCode());
    }
    assertThat(answers, everyItem(endsWith(" 401")));
    Platform.module("booking")
        .get("/v1/listings/" + id + "/calendar.ics?token=x")
        .then()
        .statusCode(404);
  }

  private static io.restassured.response.Response patch(
      Tokens.User who, String reservation, String status) {
    return as(who).body(Map.of("bookingStatus", status)).patch("/v1/reservations/" + reservation);
  }

  private static long reservationsOf(String listing) throws Exception {
    return TestDatabase.count(
        "select count(*) from booking.reservation where listing_id = ?::uuid", listing);
  }
}
