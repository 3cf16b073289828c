package com.marketplace.it.payments;

import static com.marketplace.it.support.Platform.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.marketplace.it.support.Platform;
import com.marketplace.it.support.PlatformTest;
import com.marketplace.it.support.StripeEmulatorExtension;
import com.marketplace.it.support.Tokens;
import com.stripe.StripeClient;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCreateParams;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The spec's payment records over HTTP: the tickets of enrollments ({@code sys_enrollmentPayment})
 * and reservations ({@code sys_reservationPayment}), payment customers and their cards. Owners and
 * admins read; admins write, and even then Stripe decides amounts and statuses.
 */
@PlatformTest
class PaymentRecordsIT {

  private final UUID tenant = UUID.randomUUID();
  private final Tokens.User admin = Tokens.user(tenant, "admin");
  private final Tokens.User tutor = Tokens.user(tenant, "tutor");
  private final Tokens.User student = Tokens.user(tenant, "student");
  private final Tokens.User otherStudent = Tokens.user(tenant, "student");
  private final Tokens.User foreignAdmin = Tokens.user(UUID.randomUUID(), "admin");
  private final UUID profile = UUID.randomUUID();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Platform.ear();
  }

  @Test
  void aTicketIsReadByItsOwnerAndAdminsOnly() {
    String enrollment = paidEnrollment(student);
    String ticket =
        as(student, "enrollment")
            .get("/v1/enrollmentpaymentbyorderid/" + enrollment)
            .then()
            .statusCode(200)
            .body("dataName", equalTo("sys_enrollmentPayment"))
            .body("sys_enrollmentPayment.ownerId", equalTo(student.id().toString()))
            .body("sys_enrollmentPayment.paymentStatus", equalTo("succeeded"))
            .body("sys_enrollmentPayment.statusLiteral", equalTo("paid"))
            .body("sys_enrollmentPayment.paymentId", startsWith("pi_"))
            .extract()
            .path("sys_enrollmentPayment.id");
    String paymentId =
        as(admin, "enrollment")
            .get("/v1/enrollmentpayment/" + ticket)
            .then()
            .statusCode(200)
            .extract()
            .path("sys_enrollmentPayment.paymentId");
    as(student, "enrollment")
        .get("/v1/enrollmentpaymentbypaymentid/" + paymentId)
        .then()
        .statusCode(200)
        .body("sys_enrollmentPayment.id", equalTo(ticket));

    as(otherStudent, "enrollment").get("/v1/enrollmentpayment/" + ticket).then().statusCode(403);
    as(otherStudent, "enrollment")
        .get("/v1/enrollmentpaymentbyorderid/" + enrollment)
        .then()
        .statusCode(403);
    as(foreignAdmin, "enrollment").get("/v1/enrollmentpayment/" + ticket).then().statusCode(404);
    as(admin, "booking").get("/v1/reservationpayment2/" + ticket).then().statusCode(404);
  }

  @Test
  void listsShowAUserTheirOwnAndAnAdminTheTenantsFiltered() {
    String mine = paidEnrollment(student);
    String theirs = paidEnrollment(otherStudent);

    as(student, "enrollment")
        .get("/v1/enrollmentpayments")
        .then()
        .statusCode(200)
        .body("sys_enrollmentPayments.orderId", contains(mine));
    as(student, "enrollment")
        .queryParam("ownerId", otherStudent.id().toString())
        .get("/v1/enrollmentpayments")
        .then()
        .statusCode(403);
    as(admin, "enrollment")
        .queryParam("statusLiteral", "paid")
        .queryParam("orderId", theirs)
        .get("/v1/enrollmentpayments")
        .then()
        .statusCode(200)
        .body("sys_enrollmentPayments.orderId", contains(theirs))
        .body("filters.name", hasItem("statusLiteral"));
    as(admin, "enrollment")
        .queryParam("paymentStatus", "paid")
        .get("/v1/enrollmentpayments")
        .then()
        .statusCode(400)
        .body("message", equalTo("errMsg_paymentStatusIsNotValid"));
    as(foreignAdmin, "enrollment")
        .get("/v1/enrollmentpayments")
        .then()
        .statusCode(200)
        .body("sys_enrollmentPayments", empty());
    as(admin, "booking")
        .get("/v1/reservationpayments2")
        .then()
        .statusCode(200)
        .body("sys_reservationPayments", empty());
  }

  @Test
  void anAdminRecordsAPaymentMadeElsewhereAndStripeDecidesItsStatus() throws Exception {
    Pack pack = coursePack("35.00");
    String enrollment = enroll(student, pack);
    String intent = succeededIntent(3_500);

    Map<String, Object> body = new LinkedHashMap<>();
    body.put("orderId", enrollment);
    body.put("paymentId", intent);
    body.put("paymentStatus", "succeeded");
    body.put("statusLiteral", "paid");
    as(student, "enrollment").body(body).post("/v1/enrollmentpayment").then().statusCode(403);

    body.put("paymentStatus", "processing");
    as(admin, "enrollment")
        .body(body)
        .post("/v1/enrollmentpayment")
        .then()
        .statusCode(422)
        .body("message", equalTo("errMsg_paymentStatusDisagreesWithStripe"));

    Map<String, Object> wrongAmount = new LinkedHashMap<>(body);
    wrongAmount.put("paymentId", succeededIntent(100));
    wrongAmount.put("paymentStatus", "succeeded");
    as(admin, "enrollment")
        .body(wrongAmount)
        .post("/v1/enrollmentpayment")
        .then()
        .statusCode(422)
        .body("message", equalTo("errMsg_paymentAmountMismatch"));

    body.put("paymentStatus", "succeeded");
    String ticket =
        as(admin, "enrollment")
            .body(body)
            .post("/v1/enrollmentpayment")
            .then()
            .statusCode(201)
            .body("sys_enrollmentPayment.ownerId", equalTo(student.id().toString()))
            .body("sys_enrollmentPayment.statusLiteral", equalTo("paid"))
            .extract()
            .path("sys_enrollmentPayment.id");
    as(student, "enrollment")
        .get("/v1/enrollments/" + enrollment)
        .then()
        .body("enrollment.enrollmentStatus", equalTo("active"));
    as(admin, "enrollment").body(body).post("/v1/enrollmentpayment").then().statusCode(409);

    as(admin, "enrollment")
        .body(Map.of("redirectUrl", "https://shop.example.test/paid"))
        .patch("/v1/enrollmentpayment/" + ticket)
        .then()
        .statusCode(200)
        .body("sys_enrollmentPayment.redirectUrl", equalTo("https://shop.example.test/paid"));
    as(admin, "enrollment")
        .body(Map.of("paymentStatus", "canceled"))
        .patch("/v1/enrollmentpayment/" + ticket)
        .then()
        .statusCode(422);
    as(admin, "enrollment")
        .delete("/v1/enrollmentpayment/" + ticket)
        .then()
        .statusCode(409)
        .body("message", equalTo("errMsg_paymentHoldsMoney"));
  }

  @Test
  void aTicketWithoutMoneyMayBeDeletedAndTheOrderPaidAfresh() {
    Pack pack = coursePack("25.00");
    String enrollment = enroll(student, pack);
    as(student, "enrollment")
        .body(Map.of("paymentUserParams", Map.of("paymentMethodId", "pm_card_chargeDeclined")))
        .patch("/v1/startenrollmentpayment/" + enrollment)
        .then()
        .statusCode(422)
        .body("message", equalTo("errMsg_paymentDeclined"));
    String ticket =
        as(admin, "enrollment")
            .get("/v1/enrollmentpaymentbyorderid/" + enrollment)
            .then()
            .extract()
            .path("sys_enrollmentPayment.id");

    as(student, "enrollment").delete("/v1/enrollmentpayment/" + ticket).then().statusCode(403);
    as(admin, "enrollment")
        .delete("/v1/enrollmentpayment/" + ticket)
        .then()
        .statusCode(200)
        .body("sys_enrollmentPayment.isActive", equalTo(false));

    pay(student, enrollment, "pm_card_visa");
    as(student, "enrollment")
        .get("/v1/enrollmentpaymentbyorderid/" + enrollment)
        .then()
        .body("sys_enrollmentPayment.id", not(equalTo(ticket)))
        .body("sys_enrollmentPayment.statusLiteral", equalTo("paid"));
  }

  @Test
  void customersAndTheirCardsAreTheirOwnOrAnAdminsToSee() {
    paidEnrollment(student);
    String me = student.id().toString();

    for (String module : List.of("enrollment", "booking")) {
      as(student, module)
          .get("/v1/paymentcustomers/" + me)
          .then()
          .statusCode(200)
          .body("sys_paymentCustomer.customerId", startsWith("cus_"))
          .body("sys_paymentCustomer.platform", equalTo("stripe"));
    }
    as(otherStudent, "enrollment").get("/v1/paymentcustomers/" + me).then().statusCode(403);
    as(admin, "enrollment").get("/v1/paymentcustomers/" + me).then().statusCode(200);
    as(foreignAdmin, "enrollment").get("/v1/paymentcustomers/" + me).then().statusCode(404);
    as(student, "enrollment")
        .get("/v1/paymentcustomers")
        .then()
        .statusCode(200)
        .body("sys_paymentCustomers.userId", contains(me));
    as(admin, "enrollment")
        .get("/v1/paymentcustomers")
        .then()
        .body("sys_paymentCustomers.userId", hasItem(me));

    as(student, "enrollment")
        .get("/v1/paymentcustomermethods/" + me)
        .then()
        .statusCode(200)
        .body("dataName", equalTo("sys_paymentMethods"))
        .body("sys_paymentMethods.cardInfo.brand", everyItem(equalTo("visa")))
        .body("sys_paymentMethods.cardInfo.last4", contains("4242"));
    as(student, "enrollment")
        .queryParam("cardInfo", "{\"brand\":\"mastercard\"}")
        .get("/v1/paymentcustomermethods/" + me)
        .then()
        .statusCode(200)
        .body("sys_paymentMethods", empty());
    as(student, "enrollment")
        .queryParam("cardInfo", "visa")
        .get("/v1/paymentcustomermethods/" + me)
        .then()
        .statusCode(400);
    as(otherStudent, "enrollment").get("/v1/paymentcustomermethods/" + me).then().statusCode(403);
  }

  /** A course pack of this test's tutor. */
  private record Pack(UUID id, UUID tutorProfileId, String price) {}

  /** A pack of one lesson at {@code price} EUR, by this test's tutor (one profile per tutor). */
  private Pack coursePack(String price) {
    UUID pack = UUID.randomUUID();
    as(admin, "enrollment")
        .body(Map.of("tutorId", tutor.id().toString(), "status", "active"))
        .put("/v1/admin/tutorprofiles/" + profile)
        .then()
        .statusCode(200);
    as(admin, "enrollment")
        .body(
            Map.of(
                "tutorProfileId",
                profile.toString(),
                "title",
                "One lesson",
                "price",
                Double.valueOf(price),
                "currency",
                "EUR"))
        .put("/v1/admin/coursepacks/" + pack)
        .then()
        .statusCode(200);
    return new Pack(pack, profile, price);
  }

  private String enroll(Tokens.User who, Pack pack) {
    UUID slot = UUID.randomUUID();
    as(admin, "enrollment")
        .body(
            Map.of(
                "coursePackId",
                pack.id().toString(),
                "scheduledDate",
                LocalDate.now().plusDays(10).toString(),
                "scheduledTime",
                "10:00",
                "timeZone",
                "UTC"))
        .put("/v1/admin/lessonslots/" + slot)
        .then()
        .statusCode(200);
    return as(who, "enrollment")
        .body(
            Map.of(
                "coursePackId", pack.id().toString(),
                "tutorProfileId", pack.tutorProfileId().toString(),
                "lessonSlotIds", List.of(slot.toString()),
                "totalAmount", Double.valueOf(pack.price()),
                "currency", "EUR"))
        .post("/v1/enrollments")
        .then()
        .statusCode(201)
        .extract()
        .path("enrollment.id");
  }

  private String paidEnrollment(Tokens.User who) {
    String enrollment = enroll(who, coursePack("40.00"));
    pay(who, enrollment, "pm_card_visa");
    return enrollment;
  }

  private static void pay(Tokens.User who, String enrollment, String card) {
    as(who, "enrollment")
        .body(Map.of("paymentUserParams", Map.of("paymentMethodId", card)))
        .patch("/v1/startenrollmentpayment/" + enrollment)
        .then()
        .statusCode(200);
  }

  /** A PaymentIntent paid outside this API, as an admin might find at Stripe. */
  private static String succeededIntent(long amountMinor) throws Exception {
    StripeClient client =
        StripeClient.builder()
            .setApiKey("sk_test_integration_tests")
            .setApiBase(StripeEmulatorExtension.emulator().baseUrl())
            .build();
    PaymentIntent intent =
        client
            .v1()
            .paymentIntents()
            .create(
                PaymentIntentCreateParams.builder()
                    .setAmount(amountMinor)
                    .setCurrency("eur")
                    .setPaymentMethod("pm_card_visa")
                    .addPaymentMethodType("card")
                    .setConfirm(true)
                    .build());
    return intent.getId();
  }
}
