package com.marketplace.it.enrollment;

import static com.marketplace.it.support.Platform.as;
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
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code PATCH /v1/cancelenrollment/:id} for every state of the money: never paid (canceled, no
 * payment awaited, nothing to refund), a payment waiting for 3-D Secure (refunded in full if it
 * finishes after all: the spec's canceled/refunded/processed), and a cancel racing a payment (no
 * money held at Stripe, whoever wins).
 */
@PlatformTest
class CancelEnrollmentIT {

  private static final int RACES = 10;

  private final UUID tenant = UUID.randomUUID();
  private final Tokens.User admin = Tokens.user(tenant, "admin");
  private final StripeEmulator stripe = StripeEmulatorExtension.emulator();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Platform.ear();
  }

  @AfterEach
  void healStripe() {
    stripe.resetFaults();
  }

  @Test
  void anUnpaidEnrollmentIsCanceledWithNothingToRefundAndCanNoLongerBePaid() throws Exception {
    Course course = Course.offered(admin, "40.00", 2, false);
    Tokens.User student = Tokens.user(tenant, "student");
    String id = Students.enroll(student, course);

    cancel(id)
        .then()
        .statusCode(200)
        .body("enrollment.enrollmentStatus", equalTo("canceled"))
        .body("enrollment.paymentStatus", equalTo("pending"))
        .body("enrollment.refundStatus", equalTo("notRequested"))
        .body("enrollment.paymentConfirmation", equalTo("canceled"))
        .body("enrollment.paymentConfirmation_idx", equalTo(3));

    as(student, "enrollment")
        .body(Map.of("paymentUserParams", Map.of("paymentMethodId", "pm_card_visa")))
        .patch("/v1/startenrollmentpayment/" + id)
        .then()
        .statusCode(409)
        .body("message", equalTo("errMsg_orderNotPayable"));
    assertThat(intentsOf(id), empty());
    assertThat(
        TestDatabase.column(
            "select status from enrollment.lesson_slot where course_pack_id = ?::uuid",
            course.packId.toString()),
        everyItem(equalTo("available")));
  }

  @Test
  void aPaymentWaitingFor3dSecureThatFinishesAfterTheCancelIsRefundedInFull() throws Exception {
    Course course = Course.offered(admin, "55.00", 1, false);
    Tokens.User student = Tokens.user(tenant, "student");
    String id = Students.enroll(student, course);
    String intent =
        as(student, "enrollment")
            .body(
                Map.of(
                    "paymentUserParams",
                    Map.of("paymentMethodId", "pm_card_authenticationRequired")))
            .patch("/v1/startenrollmentpayment/" + id)
            .then()
            .statusCode(200)
            .extract()
            .path("paymentResult.paymentId");

    cancel(id)
        .then()
        .statusCode(200)
        .body("enrollment.enrollmentStatus", equalTo("canceled"))
        .body("enrollment.paymentStatus", equalTo("pending"))
        .body("enrollment.paymentConfirmation", equalTo("canceled"));

    stripe.completeAuthentication(intent); // the student finishes 3-D Secure after all
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (!"refunded".equals(enrollment(id).getString("paymentStatus"))
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
    JsonPath after = enrollment(id);
    assertThat(after.getString("enrollmentStatus"), equalTo("canceled"));
    assertThat(after.getString("paymentStatus"), equalTo("refunded"));
    assertThat(after.getString("refundStatus"), equalTo("processed"));
    stripe.awaitWebhookDeliveries(Duration.ofSeconds(30));
    assertThat(heldAtStripe(id), is(0L));
  }

  @Test
  void aCancelRacingAPaymentLeavesNoMoneyHeldWhoeverWins() throws Exception {
    Course course = Course.offered(admin, "30.00", RACES, false);
    List<Tokens.User> students = new ArrayList<>();
    List<String> enrollments = new ArrayList<>();
    for (int i = 0; i < RACES; i++) {
      Tokens.User student = Tokens.user(tenant, "student");
      students.add(student);
      enrollments.add(Students.enroll(student, course.only(i).enrollmentOfAllSlots()));
    }
    stripe.delayNext("POST", "/v1/payment_intents", RACES, Duration.ofMillis(400));

    ExecutorService clients = Executors.newFixedThreadPool(8);
    List<CompletableFuture<Integer>> pays = new ArrayList<>();
    List<CompletableFuture<Integer>> cancels = new ArrayList<>();
    try {
      for (int i = 0; i < RACES; i++) {
        Tokens.User student = students.get(i);
        String id = enrollments.get(i);
        pays.add(CompletableFuture.supplyAsync(() -> pay(student, id), clients));
        cancels.add(CompletableFuture.supplyAsync(() -> cancel(id).statusCode(), clients));
      }
      assertThat(
          "a payment loses its race with a clear answer",
          pays.stream().map(CompletableFuture::join).toList(),
          everyItem(is(in(List.of(200, 409, 503)))));
      assertThat(
          "a cancel loses a race with a clear answer too",
          cancels.stream().map(CompletableFuture::join).toList(),
          everyItem(is(in(List.of(200, 409)))));
    } finally {
      clients.shutdownNow();
      stripe.resetFaults();
    }
    for (String id : enrollments) {
      if (!"canceled".equals(enrollment(id).getString("enrollmentStatus"))) {
        cancel(id).then().statusCode(200); // the admin tries again
      }
    }
    stripe.awaitWebhookDeliveries(Duration.ofSeconds(60));
    Thread.sleep(3_500); // attempts a lost race left in flight are past their grace period now
    as(admin, "payments")
        .post("/v1/admin/reconciliation")
        .then()
        .statusCode(200)
        .body("reconciliation.unresolved", empty());
    stripe.awaitWebhookDeliveries(Duration.ofSeconds(60));

    for (String id : enrollments) {
      JsonPath e = enrollment(id);
      assertThat("held at Stripe for " + id, heldAtStripe(id), is(0L));
      assertThat(e.getString("enrollmentStatus"), equalTo("canceled"));
      if ("refunded".equals(e.getString("paymentStatus"))) {
        assertThat("paid, then refunded: " + id, e.getString("refundStatus"), equalTo("processed"));
      } else {
        assertThat("never paid: " + id, e.getString("paymentStatus"), equalTo("pending"));
        assertThat(e.getString("refundStatus"), equalTo("notRequested"));
        assertThat(e.getString("paymentConfirmation"), equalTo("canceled"));
      }
    }
  }

  private io.restassured.response.Response cancel(String enrollmentId) {
    return as(admin, "enrollment")
        .body(Map.of("cancelReason", "tutor banned"))
        .patch("/v1/cancelenrollment/" + enrollmentId);
  }

  private static int pay(Tokens.User student, String enrollmentId) {
    return as(student, "enrollment")
        .body(Map.of("paymentUserParams", Map.of("paymentMethodId", "pm_card_visa")))
        .patch("/v1/startenrollmentpayment/" + enrollmentId)
        .statusCode();
  }

  private JsonPath enrollment(String id) {
    return as(admin, "enrollment")
        .get("/v1/enrollments/" + id + "?getJoins=false")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .setRootPath("enrollment");
  }

  private List<JsonObject> intentsOf(String orderId) {
    return stripe.paymentIntents().stream()
        .filter(
            intent -> {
              JsonObject metadata = intent.getAsJsonObject("metadata");
              return metadata != null
                  && metadata.has("orderId")
                  && metadata.get("orderId").getAsString().equals(orderId);
            })
        .toList();
  }

  /** What Stripe holds for the enrollment: received less refunded, over all its intents. */
  private long heldAtStripe(String orderId) {
    long held = 0;
    for (JsonObject intent : intentsOf(orderId)) {
      String id = intent.get("id").getAsString();
      long refunded =
          stripe.refunds().stream()
              .filter(r -> id.equals(r.get("payment_intent").getAsString()))
              .filter(r -> !"failed".equals(r.get("status").getAsString()))
              .mapToLong(r -> r.get("amount").getAsLong())
              .sum();
      held += intent.get("amount_received").getAsLong() - refunded;
    }
    return held;
  }
}
