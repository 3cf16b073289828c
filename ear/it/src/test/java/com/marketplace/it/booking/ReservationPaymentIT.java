package com.marketplace.it.booking;

import static com.marketplace.it.booking.BookingFixtures.as;
import static com.marketplace.it.booking.BookingFixtures.booked;
import static com.marketplace.it.booking.BookingFixtures.pay;
import static com.marketplace.it.booking.BookingFixtures.today;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.it.support.Platform;
import com.marketplace.it.support.PlatformTest;
import com.marketplace.it.support.StripeEmulatorExtension;
import com.marketplace.it.support.TestDatabase;
import com.marketplace.it.support.Tokens;
import com.marketplace.payments.stripe.emulator.StripeEmulator;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Paying, cancelling and disputing reservations, through payments and the Stripe emulator; the
 * payment records that follow.
 */
@PlatformTest
class ReservationPaymentIT {

  private static final String AMSTERDAM = "Europe/Amsterdam";

  private final BookingFixtures world = new BookingFixtures();
  private final Tokens.User guest = world.guest();
  private final StripeEmulator stripe = StripeEmulatorExtension.emulator();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Platform.ear();
  }

  @Test
  void payingAnInstantReservationConfirmsItAndWritesAPaymentRecord() {
    String listing = world.instantListing();
    String id = booked(guest, listing, today(AMSTERDAM).plusDays(10), 3);

    pay(guest, id)
        .then()
        .statusCode(200)
        .body("reservation.bookingStatus", equalTo("confirmed"))
        .body("reservation._paymentConfirmation", equalTo("paid"))
        .body("reservation._paymentConfirmation_idx", equalTo(2))
        .body("paymentResult.success", equalTo(true))
        .body("paymentResult.amount", equalTo(372.5f))
        .body("paymentResult.paymentId", startsWith("pi_"));

    as(guest)
        .queryParam("reservationId", id)
        .get("/v1/paymentrecords")
        .then()
        .statusCode(200)
        .body("paymentRecords", hasSize(1))
        .body("paymentRecords[0].paymentStatus", equalTo("paid"))
        .body("paymentRecords[0].paymentStatus_idx", equalTo(1))
        .body("paymentRecords[0].amountPaid", equalTo(372.5f))
        .body("paymentRecords[0].platformFee", equalTo(32.5f))
        .body("paymentRecords[0].cityTax", equalTo(15.0f))
        .body("paymentRecords[0].payoutAmountHost", equalTo(325.0f))
        .body("paymentRecords[0].paymentIntentId", startsWith("pi_"));
    as(world.host)
        .queryParam("reservationId", id)
        .get("/v1/paymentrecords")
        .then()
        .body("paymentRecords", hasSize(1));
    as(world.guest())
        .queryParam("reservationId", id)
        .get("/v1/paymentrecords")
        .then()
        .body("paymentRecords", hasSize(0));
    pay(guest, id).then().statusCode(409);
  }

  @Test
  void refreshAndCallbackRereadThePayment() {
    String listing = world.instantListing();
    String id = booked(guest, listing, today(AMSTERDAM).plusDays(12), 2);
    pay(guest, id).then().statusCode(200);

    as(guest)
        .patch("/v1/refreshreservationpayment/" + id)
        .then()
        .statusCode(200)
        .body("reservation.bookingStatus", equalTo("confirmed"))
        .body("paymentResult.statusLiteral", equalTo("paid"));
    as(world.host)
        .body(Map.of("reservationId", id))
        .post("/v1/callbackreservationpayment")
        .then()
        .statusCode(200)
        .body("dataName", equalTo("reservation"))
        .body("paymentResult.statusLiteral", equalTo("paid"));
    as(world.guest())
        .body(Map.of("reservationId", id))
        .post("/v1/callbackreservationpayment")
        .then()
        .statusCode(403);
  }

  @Test
  void onlyTheGuestPaysAndAManualReservationOnlyAfterTheHostConfirmed() {
    String listing = world.listing(AMSTERDAM, "manual", "flexible");
    String id = booked(guest, listing, today(AMSTERDAM).plusDays(14), 2);

    pay(guest, id).then().statusCode(409).body("message", equalTo("errMsg_orderNotPayable"));
    pay(world.host, id).then().statusCode(403); // the host sees the stay but does not pay it
    as(world.host)
        .body(Map.of("bookingStatus", "confirmed"))
        .patch("/v1/reservations/" + id)
        .then()
        .statusCode(200);
    pay(guest, id)
        .then()
        .statusCode(200)
        .body("reservation.bookingStatus", equalTo("confirmed"))
        .body("reservation._paymentConfirmation", equalTo("paid"));
  }

  @Test
  void aDeclinedCardIs422AndTheReservationStaysPayable() {
    String listing = world.instantListing();
    String id = booked(guest, listing, today(AMSTERDAM).plusDays(16), 2);

    as(guest)
        .body(Map.of("paymentUserParams", Map.of("paymentMethodId", "pm_card_chargeDeclined")))
        .patch("/v1/startreservationpayment/" + id)
        .then()
        .statusCode(422)
        .body("message", equalTo("errMsg_paymentDeclined"));
    pay(guest, id).then().statusCode(200).body("reservation.bookingStatus", equalTo("confirmed"));
  }

  @ParameterizedTest(name = "moderate, cancelled {0} day(s) before check-in: {1} of 142.50 back")
  @CsvSource({"6, 14250", "5, 14250", "4, 7125", "1, 7125", "0, 0"})
  void aGuestsCancellationRefundsWhatThePolicySnapshotSays(int daysBefore, long refundMinor)
      throws Exception {
    String listing = world.instantListing(); // moderate: 100 % from 5 days, 50 % from 1 day
    String id = booked(guest, listing, today(AMSTERDAM).plusDays(daysBefore), 1);
    pay(guest, id).then().statusCode(200);

    as(guest)
        .delete("/v1/reservations/" + id)
        .then()
        .statusCode(200)
        .body("reservation.bookingStatus", equalTo("cancelled"))
        .body("reservation.isActive", equalTo(false));

    assertThat(refundedMinor(id), is(refundMinor));
    assertThat(
        TestDatabase.column(
            "select refund_amount_minor from booking.payment_record where reservation_id = ?::uuid"
                + " and origin = 'refund'",
            UUID.fromString(id)),
        refundMinor == 0 ? hasSize(0) : contains(String.valueOf(refundMinor)));
    // the nights are free again
    booked(world.guest(), listing, today(AMSTERDAM).plusDays(daysBefore), 1);
  }

  @Test
  void theHostsCancellationRefundsEverything() throws Exception {
    String listing = world.instantListing();
    String id = booked(guest, listing, today(AMSTERDAM).plusDays(2), 2);
    pay(guest, id).then().statusCode(200);

    as(world.host)
        .body(Map.of("bookingStatus", "cancelled"))
        .patch("/v1/reservations/" + id)
        .then()
        .statusCode(200)
        .body("reservation.bookingStatus", equalTo("cancelled"));

    assertThat(refundedMinor(id), is(25_750L));
  }

  @Test
  void paymentRecordsCannotBeChangedEvenInTheDatabase() throws Exception {
    String listing = world.instantListing();
    String id = booked(guest, listing, today(AMSTERDAM).plusDays(18), 2);
    pay(guest, id).then().statusCode(200);

    SQLException refused =
        assertThrows(
            SQLException.class,
            () ->
                TestDatabase.execute(
                    "update booking.payment_record set amount_paid_minor = 1"
                        + " where reservation_id = ?::uuid",
                    UUID.fromString(id)));
    assertThat(refused.getMessage(), containsString("immutable"));
    assertThrows(
        SQLException.class,
        () ->
            TestDatabase.execute(
                "delete from booking.payment_record where reservation_id = ?::uuid",
                UUID.fromString(id)));
  }

  @Test
  void onlyAdminsRecordPaymentsByHandAndParticipantsReadThem() {
    String listing = world.instantListing();
    String id = booked(guest, listing, today(AMSTERDAM).plusDays(20), 2);
    Map<String, Object> manual =
        Map.of(
            "reservationId",
            id,
            "paymentIntentId",
            "pi_manual_1",
            "currency",
            "EUR",
            "amountPaid",
            257.50,
            "paymentStatus",
            "paid",
            "platformFee",
            23.00);

    as(guest).body(manual).post("/v1/paymentrecords").then().statusCode(403);
    as(world.host).body(manual).post("/v1/paymentrecords").then().statusCode(403);
    String record =
        as(world.admin)
            .body(manual)
            .post("/v1/paymentrecords")
            .then()
            .statusCode(201)
            .body("paymentRecord.amountPaid", equalTo(257.5f))
            .body("paymentRecord.paymentStatus", equalTo("paid"))
            .extract()
            .path("paymentRecord.id");

    as(guest).get("/v1/paymentrecords/" + record).then().statusCode(200);
    as(world.host).get("/v1/paymentrecords/" + record).then().statusCode(200);
    as(world.guest()).get("/v1/paymentrecords/" + record).then().statusCode(403);
    as(Tokens.user(UUID.randomUUID(), "admin"))
        .get("/v1/paymentrecords/" + record)
        .then()
        .statusCode(404);
    as(world.admin).patch("/v1/paymentrecords/" + record).then().statusCode(405);
    as(world.admin).delete("/v1/paymentrecords/" + record).then().statusCode(405);
  }

  @Test
  void aDisputeIsRaisedByAPartyReviewedAndResolvedWithAPartialRefund() throws Exception {
    String listing = world.instantListing();
    String id = booked(guest, listing, today(AMSTERDAM).plusDays(22), 2);
    pay(guest, id).then().statusCode(200);
    Map<String, Object> complaint =
        Map.of(
            "reservationId", id,
            "issueType", "refund",
            "description", "No hot water",
            "resolutionStatus", "pending");
    Map<String, Object> backdated = new HashMap<>(complaint);
    backdated.put("reportedAt", "2026-01-01T10:00:00Z");
    as(guest)
        .body(backdated)
        .post("/v1/disputes")
        .then()
        .statusCode(422)
        .body("message", equalTo("errMsg_reportedAtIsSetByTheServer"));

    as(world.guest()).body(complaint).post("/v1/disputes").then().statusCode(403);
    as(world.admin).body(complaint).post("/v1/disputes").then().statusCode(403);
    String dispute =
        as(guest)
            .body(complaint)
            .post("/v1/disputes")
            .then()
            .statusCode(201)
            .body("dispute.raisedBy", equalTo(guest.id().toString()))
            .body("dispute.resolutionStatus", equalTo("pending"))
            .body("dispute.resolutionStatus_idx", equalTo(0))
            .extract()
            .path("dispute.id");
    as(world.host).body(complaint).post("/v1/disputes").then().statusCode(409);
    as(guest)
        .get("/v1/reservations/" + id)
        .then()
        .body("reservation.disputeStatus", equalTo("requested"));

    as(guest)
        .body(Map.of("resolutionStatus", "resolved"))
        .patch("/v1/disputes/" + dispute)
        .then()
        .statusCode(403);
    as(world.admin)
        .body(Map.of("resolutionStatus", "reviewing", "adminId", world.admin.id().toString()))
        .patch("/v1/disputes/" + dispute)
        .then()
        .statusCode(200)
        .body("dispute.resolutionStatus", equalTo("reviewing"))
        .body("dispute.adminId", equalTo(world.admin.id().toString()));
    as(guest)
        .get("/v1/reservations/" + id)
        .then()
        .body("reservation.disputeStatus", equalTo("active"));
    as(world.admin)
        .body(Map.of("resolutionStatus", "resolved", "refundApproved", true, "refundAmount", 50.00))
        .patch("/v1/disputes/" + dispute)
        .then()
        .statusCode(200)
        .body("dispute.resolutionStatus", equalTo("resolved"))
        .body("dispute.refundApproved", equalTo(true))
        .body("dispute.resolvedAt", startsWith("20"));

    assertThat(refundedMinor(id), is(5_000L));
    String related =
        as(guest)
            .get("/v1/disputes/" + dispute)
            .then()
            .statusCode(200)
            .extract()
            .path("dispute.relatedPaymentId");
    as(guest)
        .get("/v1/paymentrecords/" + related)
        .then()
        .body("paymentRecord.paymentStatus", equalTo("refunded"))
        .body("paymentRecord.refundAmount", equalTo(50.0f));
    as(guest)
        .get("/v1/reservations/" + id)
        .then()
        .body("reservation.disputeStatus", equalTo("resolved"));
    as(world.admin)
        .body(Map.of("resolutionStatus", "rejected"))
        .patch("/v1/disputes/" + dispute)
        .then()
        .statusCode(409);
    as(world.admin)
        .body(Map.of("resolutionStatus", "resolved", "refundApproved", true))
        .patch("/v1/disputes/" + dispute)
        .then()
        .statusCode(409)
        .body("message", equalTo("errMsg_disputeAlreadySettled"));
    assertThat(refundedMinor(id), is(5_000L));
    as(world.host)
        .queryParam("reservationId", id)
        .get("/v1/disputes")
        .then()
        .body("disputes", hasSize(1));
    as(world.guest()).get("/v1/disputes").then().body("disputes", hasSize(0));
    as(world.guest()).get("/v1/disputes/" + dispute).then().statusCode(403);
  }

  @Test
  void aRejectedDisputeRefundsNothingAndANewOneMayFollow() throws Exception {
    String listing = world.instantListing();
    String id = booked(guest, listing, today(AMSTERDAM).plusDays(24), 2);
    pay(guest, id).then().statusCode(200);
    Map<String, Object> complaint =
        Map.of("reservationId", id, "issueType", "host no-show", "description", "Nobody came");
    String first =
        as(world.host)
            .body(complaint)
            .post("/v1/disputes")
            .then()
            .statusCode(201)
            .extract()
            .path("dispute.id");

    as(world.admin)
        .body(Map.of("resolutionStatus", "rejected"))
        .patch("/v1/disputes/" + first)
        .then()
        .statusCode(200)
        .body("dispute.resolvedAt", startsWith("20"));
    as(world.admin)
        .body(Map.of("resolvedAt", "2026-01-01T00:00:00Z"))
        .patch("/v1/disputes/" + first)
        .then()
        .statusCode(422);

    assertThat(refundedMinor(id), is(0L));
    as(guest).body(complaint).post("/v1/disputes").then().statusCode(201);
  }

  @Test
  void aConfirmedPaidStayIsCompleteFromItsCheckOutDay() throws Exception {
    String listing = world.instantListing();
    String id = booked(guest, listing, today(AMSTERDAM).plusDays(26), 2);
    pay(guest, id).then().statusCode(200);
    as(world.host)
        .body(Map.of("bookingStatus", "complete"))
        .patch("/v1/reservations/" + id)
        .then()
        .statusCode(409);
    LocalDate past = today(AMSTERDAM).minusDays(3);
    TestDatabase.execute(
        "update booking.reservation set check_in = ?, check_out = ? where id = ?::uuid",
        past,
        past.plusDays(2),
        UUID.fromString(id));

    as(guest)
        .body(Map.of("bookingStatus", "complete"))
        .patch("/v1/reservations/" + id)
        .then()
        .statusCode(403);
    as(world.host)
        .body(Map.of("bookingStatus", "complete"))
        .patch("/v1/reservations/" + id)
        .then()
        .statusCode(200)
        .body("reservation.bookingStatus", equalTo("complete"))
        .body("reservation.bookingStatus_idx", equalTo(2));
    as(guest).delete("/v1/reservations/" + id).then().statusCode(409);
  }

  @Test
  void anotherTenantSeesNothingAndChangesNothing() {
    String listing = world.instantListing();
    String id = booked(guest, listing, today(AMSTERDAM).plusDays(28), 2);
    pay(guest, id).then().statusCode(200);
    String dispute =
        as(guest)
            .body(Map.of("reservationId", id, "issueType", "refund", "description", "Noise"))
            .post("/v1/disputes")
            .then()
            .statusCode(201)
            .extract()
            .path("dispute.id");
    String record =
        as(guest).get("/v1/paymentrecords").then().extract().path("paymentRecords[0].id");
    UUID otherTenant = UUID.randomUUID();
    Tokens.User admin = Tokens.user(otherTenant, "admin");
    Tokens.User stranger = Tokens.user(otherTenant, "guest");

    as(admin).get("/v1/reservations/" + id).then().statusCode(404);
    as(admin)
        .body(Map.of("bookingStatus", "cancelled"))
        .patch("/v1/reservations/" + id)
        .then()
        .statusCode(404);
    as(admin).delete("/v1/reservations/" + id).then().statusCode(404);
    as(admin).get("/v1/reservations/" + id + "/ical").then().statusCode(404);
    as(admin).patch("/v1/refreshreservationpayment/" + id).then().statusCode(404);
    as(admin)
        .body(Map.of("reservationId", id))
        .post("/v1/callbackreservationpayment")
        .then()
        .statusCode(404);
    as(admin).get("/v1/reservations").then().body("reservations", hasSize(0));
    as(admin).get("/v1/paymentrecords/" + record).then().statusCode(404);
    as(admin).get("/v1/paymentrecords").then().body("paymentRecords", hasSize(0));
    as(admin)
        .body(
            Map.of(
                "reservationId",
                id,
                "paymentIntentId",
                "pi_x",
                "currency",
                "EUR",
                "amountPaid",
                1.00,
                "paymentStatus",
                "paid"))
        .post("/v1/paymentrecords")
        .then()
        .statusCode(404);
    as(admin).get("/v1/disputes/" + dispute).then().statusCode(404);
    as(admin)
        .body(Map.of("resolutionStatus", "rejected"))
        .patch("/v1/disputes/" + dispute)
        .then()
        .statusCode(404);
    as(admin).get("/v1/disputes").then().body("disputes", hasSize(0));
    as(admin).get("/v1/listings/" + listing).then().statusCode(404);
    as(admin)
        .body(world.listingBody(AMSTERDAM, "instant", "flexible"))
        .put("/v1/listings/" + listing)
        .then()
        .statusCode(409);
    BookingFixtures.book(stranger, listing, today(AMSTERDAM).plusDays(40), 2)
        .then()
        .statusCode(404);

    as(guest)
        .get("/v1/reservations/" + id)
        .then()
        .body("reservation.bookingStatus", equalTo("confirmed"))
        .body("reservation.disputeStatus", equalTo("requested"));
    as(world.admin)
        .get("/v1/listings/" + listing)
        .then()
        .body("listing.title", equalTo("Flat in " + AMSTERDAM));
  }

  @Test
  void aPaymentThatSucceedsAfterTheStayWasCancelledIsRefundedInFull() throws Exception {
    String listing = world.instantListing();
    String id = booked(guest, listing, today(AMSTERDAM).plusDays(32), 2);
    String intent =
        as(guest)
            .body(
                Map.of(
                    "paymentUserParams",
                    Map.of("paymentMethodId", "pm_card_authenticationRequired")))
            .patch("/v1/startreservationpayment/" + id)
            .then()
            .statusCode(200)
            .body("reservation._paymentConfirmation", equalTo("processing"))
            .extract()
            .path("paymentResult.paymentId");
    as(guest).delete("/v1/reservations/" + id).then().statusCode(200);

    stripe.completeAuthentication(intent); // the guest finishes 3-D Secure after cancelling

    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (refundedMinor(id) < 25_750 && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
    assertThat(refundedMinor(id), is(25_750L));
    assertThat(
        TestDatabase.column(
            "select payment_status || ':' || amount_paid_minor || ':' || refund_amount_minor"
                + " from booking.payment_record where reservation_id = ?::uuid order by created_at",
            UUID.fromString(id)),
        contains("paid:25750:0", "refunded:0:25750"));
  }

  private static long refundedMinor(String reservation) throws Exception {
    return Long.parseLong(
        TestDatabase.column(
                "select refunded_minor from booking.reservation where id = ?::uuid",
                UUID.fromString(reservation))
            .get(0));
  }
}
