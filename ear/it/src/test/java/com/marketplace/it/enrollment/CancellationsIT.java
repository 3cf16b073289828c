package com.marketplace.it.enrollment;

import static com.marketplace.it.support.Platform.as;
import static com.marketplace.it.support.Platform.module;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import com.marketplace.it.enrollment.Students.Enrolled;
import com.marketplace.it.events.EventProbe;
import com.marketplace.it.support.Platform;
import com.marketplace.it.support.PlatformTest;
import com.marketplace.it.support.StripeEmulatorExtension;
import com.marketplace.it.support.TestDatabase;
import com.marketplace.it.support.Tokens;
import com.marketplace.payments.stripe.emulator.StripeEmulator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Ending enrollments: an admin's cancel, the cascades after a tutor ban or a course removal
 * (including a failure half-way and the re-run that finishes the job), the cleanup of unpaid
 * enrollments, completion when every lesson is done, and reference data arriving over JMS.
 */
@PlatformTest
class CancellationsIT {

  private final UUID tenant = UUID.randomUUID();
  private final Tokens.User admin = Tokens.user(tenant, "admin");
  private final StripeEmulator stripe = StripeEmulatorExtension.emulator();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Platform.ear().addAsModule(EventProbe.war());
  }

  @AfterEach
  void healStripe() {
    stripe.resetFaults();
  }

  @Test
  void anAdminCancelsAPaidEnrollmentWithAFullRefund() {
    Course course = Course.offered(admin, "75.00", 2, false);
    Enrolled paid = Students.paidEnrollment(course);

    as(paid.student(), "enrollment")
        .body(Map.of("cancelReason", "mine"))
        .patch("/v1/cancelenrollment/" + paid.id())
        .then()
        .statusCode(403);
    as(admin, "enrollment")
        .body(Map.of("cancelReason", "course removed"))
        .patch("/v1/cancelenrollment/" + paid.id())
        .then()
        .statusCode(200)
        .body("enrollment.enrollmentStatus", equalTo("canceled"))
        .body("enrollment.paymentStatus", equalTo("refunded"))
        .body("enrollment.refundStatus", equalTo("processed"));
    as(admin, "enrollment")
        .body(Map.of("cancelReason", "again"))
        .patch("/v1/cancelenrollment/" + paid.id())
        .then()
        .statusCode(409)
        .body("message", equalTo("errMsg_enrollmentNotCancelable"));
  }

  @Test
  void aPaymentThatSucceedsAfterTheEnrollmentWasCanceledIsRefundedAtOnce() throws Exception {
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
    as(admin, "enrollment")
        .body(Map.of("cancelReason", "abandoned"))
        .patch("/v1/cancelenrollment/" + id)
        .then()
        .statusCode(200);

    stripe.completeAuthentication(intent); // the student finishes 3-D Secure after all

    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (!"refunded".equals(paymentStatusOf(UUID.fromString(id)))
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
    assertThat(paymentStatusOf(UUID.fromString(id)), equalTo("refunded"));
    assertThat(statusOf(UUID.fromString(id)), equalTo("canceled"));
    assertThat(
        TestDatabase.count(
            "select count(*) from payments.payment_refund r join payments.payment_ticket t"
                + " on t.id = r.ticket_id where t.order_id = ?::uuid and r.amount_minor = 5500",
            id),
        is(1L));
  }

  @Test
  void aTutorBanEndsEveryLiveEnrollmentEvenWhileStripeIsDownAndTheRefundsOwedAreMadeLater()
      throws Exception {
    Course course = Course.offered(admin, "100.00", 3, false);
    Enrolled first = Students.paidEnrollment(course.only(0));
    Enrolled second = Students.paidEnrollment(course.only(1));
    Tokens.User unpaid = Tokens.user(tenant, "student");
    String third = Students.enroll(unpaid, course.only(2).enrollmentOfAllSlots());

    stripe.failNext("POST", "/v1/refunds", 100); // the platform is down for refunds
    List<String> ended =
        as(admin, "enrollment")
            .body(Map.of("tutorProfileId", course.tutorProfileId.toString(), "reason", "banned"))
            .post("/v1/cascadetutorban")
            .then()
            .statusCode(200)
            .body("dataName", equalTo("enrollments"))
            .extract()
            .path("enrollments.id");
    // the ban takes effect at once; the refunds it owes are recorded, to be made at Stripe
    assertThat(ended, containsInAnyOrder(first.id().toString(), second.id().toString(), third));
    assertThat(paymentStatusOf(first.id()), equalTo("refunded"));
    assertThat(paymentStatusOf(second.id()), equalTo("refunded"));
    assertThat(
        TestDatabase.column(
            "select status from enrollment.lesson_slot where course_pack_id = ?::uuid",
            course.packId.toString()),
        everyItem(equalTo("available")));
    Thread.sleep(6_000); // past stripe-java's retries and the requests' own share of the refunds
    assertThat(owedRefunds(), is(2L));

    stripe.resetFaults();
    as(Tokens.user(tenant, "admin"), "payments")
        .post("/v1/admin/reconciliation")
        .then()
        .statusCode(200)
        .body("reconciliation.unresolved", empty());

    assertThat(owedRefunds(), is(0L));
    as(admin, "enrollment")
        .body(Map.of("tutorProfileId", course.tutorProfileId.toString(), "reason", "banned"))
        .post("/v1/cascadetutorban")
        .then()
        .statusCode(200)
        .body("enrollments", empty());
  }

  private long owedRefunds() throws Exception {
    return TestDatabase.count(
        "select count(*) from payments.payment_refund where tenant_id = ?::uuid"
            + " and state = 'REQUESTED'",
        tenant.toString());
  }

  @Test
  void aCourseRemovalEndsTheCoursesEnrollmentsOnly() {
    Course removed = Course.offered(admin, "20.00", 1, false);
    Course kept = Course.offered(admin, "20.00", 1, false);
    Enrolled gone = Students.paidEnrollment(removed);
    Enrolled stays = Students.paidEnrollment(kept);

    as(admin, "enrollment")
        .body(Map.of("coursePackId", removed.packId.toString(), "reason", "removed"))
        .post("/v1/cascadecourseremoval")
        .then()
        .statusCode(200)
        .body("enrollments.id", hasSize(1));

    assertThat(statusOf(gone.id()), equalTo("canceled"));
    assertThat(statusOf(stays.id()), equalTo("active"));
  }

  @Test
  void theCleanupCancelsOnlyStaleUnpaidEnrollmentsAndFreesTheirSlots() throws Exception {
    Course course = Course.offered(admin, "20.00", 3, false);
    Tokens.User late = Tokens.user(tenant, "student");
    String stale = Students.enroll(late, course.only(0).enrollmentOfAllSlots());
    String fresh =
        Students.enroll(Tokens.user(tenant, "student"), course.only(1).enrollmentOfAllSlots());
    Enrolled paid = Students.paidEnrollment(course.only(2));
    TestDatabase.execute(
        "update enrollment.enrollment set created_at = now() - interval '2 hours'"
            + " where id in (?::uuid, ?::uuid)",
        stale,
        paid.id().toString());

    as(late, "enrollment")
        .body(Map.of("maxAgeMinutes", 60))
        .post("/v1/cleanuppendingenrollments")
        .then()
        .statusCode(403);
    as(admin, "enrollment")
        .body(Map.of("maxAgeMinutes", 60))
        .post("/v1/cleanuppendingenrollments")
        .then()
        .statusCode(200)
        .body("enrollments.id", containsInAnyOrder(stale));

    assertThat(statusOf(UUID.fromString(fresh)), equalTo("pending"));
    assertThat(statusOf(paid.id()), equalTo("active"));
    assertThat(
        TestDatabase.column(
            "select status from enrollment.lesson_slot where id = ?::uuid",
            course.slotIds.get(0).toString()),
        everyItem(equalTo("available")));
  }

  @Test
  void theLastLessonReportedDoneCompletesTheEnrollment() {
    Course course = Course.offered(admin, "20.00", 2, false);
    Enrolled paid = Students.paidEnrollment(course);
    course.report(0, "completed");
    assertThat(statusOf(paid.id()), equalTo("active"));

    course.report(1, "completed");
    assertThat(statusOf(paid.id()), equalTo("completed"));
    as(paid.student(), "enrollment")
        .body(Map.of("enrollmentId", paid.id().toString()))
        .post("/v1/checkenrollmentcompletion")
        .then()
        .statusCode(200)
        .body("enrollments[0].enrollmentStatus", equalTo("completed"));
    as(Tokens.user(tenant, "student"), "enrollment")
        .body(Map.of("enrollmentId", paid.id().toString()))
        .post("/v1/checkenrollmentcompletion")
        .then()
        .statusCode(403);
  }

  @Test
  void referenceDataArrivesOverJmsOnceWhateverTheRedeliveries() throws Exception {
    UUID tutorProfile = UUID.randomUUID();
    UUID tutor = UUID.randomUUID();
    String message =
        "{\"messageId\":\"msg-"
            + tutorProfile
            + "\",\"tenantId\":\""
            + tenant
            + "\",\"kind\":\"tutorProfile\",\"id\":\""
            + tutorProfile
            + "\",\"data\":{\"tutorId\":\""
            + tutor
            + "\",\"bio\":\"from upstream\",\"status\":\"active\"}}";
    for (int i = 0; i < 3; i++) {
      module("events").contentType("application/json").body(message).post("/referencedata");
    }

    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (countTutorProfiles(tutorProfile) == 0 && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
    Thread.sleep(1000); // give the redeliveries time to arrive
    assertThat(countTutorProfiles(tutorProfile), is(1L));
    assertThat(
        TestDatabase.count(
            "select count(*) from platform.audit_event where object_id = ?::uuid",
            tutorProfile.toString()),
        is(1L));
  }

  private static long countTutorProfiles(UUID id) throws Exception {
    return TestDatabase.count(
        "select count(*) from enrollment.tutor_profile where id = ?::uuid and bio = 'from upstream'",
        id.toString());
  }

  private String statusOf(UUID enrollmentId) {
    return as(admin, "enrollment")
        .get("/v1/enrollments/" + enrollmentId)
        .then()
        .statusCode(200)
        .extract()
        .path("enrollment.enrollmentStatus");
  }

  private String paymentStatusOf(UUID enrollmentId) {
    return as(admin, "enrollment")
        .get("/v1/enrollments/" + enrollmentId)
        .then()
        .extract()
        .path("enrollment.paymentStatus");
  }
}
