package com.marketplace.it.enrollment;

import static com.marketplace.it.support.Platform.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.marketplace.it.enrollment.Students.Enrolled;
import com.marketplace.it.support.Platform;
import com.marketplace.it.support.PlatformTest;
import com.marketplace.it.support.TestDatabase;
import com.marketplace.it.support.Tokens;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * A student's refund: after the first lesson and before the second it is auto-approved, refunded
 * through Stripe, the enrollment canceled and its slots freed; otherwise it waits, pending, for an
 * admin to approve (and refund) or reject it. Once per enrollment, by the student themself.
 */
@PlatformTest
class RefundRulesIT {

  private final UUID tenant = UUID.randomUUID();
  private final Tokens.User admin = Tokens.user(tenant, "admin");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Platform.ear();
  }

  @Test
  void afterTheFirstLessonTheRefundIsApprovedAndPaidBack() throws Exception {
    Course course = Course.offered(admin, "90.00", 3, false);
    Enrolled paid = Students.paidEnrollment(course);
    course.report(0, "completed");

    String requestId =
        as(paid.student(), "enrollment")
            .body(refundOf(paid.id()))
            .post("/v1/refundrequests")
            .then()
            .statusCode(201)
            .body("refundRequest.status", equalTo("autoApproved"))
            .body("refundRequest.status_idx", equalTo(3))
            .body("refundRequest.firstLessonCompleted", equalTo(true))
            .body("refundRequest.processedAt", notNullValue())
            .extract()
            .path("refundRequest.id");

    as(paid.student(), "enrollment")
        .get("/v1/enrollments/" + paid.id())
        .then()
        .body("enrollment.paymentStatus", equalTo("refunded"))
        .body("enrollment.refundStatus", equalTo("processed"))
        .body("enrollment.enrollmentStatus", equalTo("canceled"))
        .body("enrollment.lessonSlots.status", contains("completed", "available", "available"));
    assertThat(
        TestDatabase.count(
            "select count(*) from payments.payment_refund r join payments.payment_ticket t"
                + " on t.id = r.ticket_id where t.order_id = ?::uuid and r.amount_minor = 9000",
            paid.id().toString()),
        is(1L));
    as(course.tutor, "enrollment")
        .get("/v1/refundrequests/" + requestId)
        .then()
        .statusCode(200)
        .body("refundRequest.enrollment.studentId", equalTo(paid.student().id().toString()));
  }

  @Test
  void beforeTheFirstLessonARequestWaitsForAnAdminWhoseApprovalRefundsIt() throws Exception {
    Course course = Course.offered(admin, "90.00", 2, false);
    Enrolled paid = Students.paidEnrollment(course);

    String requestId =
        as(paid.student(), "enrollment")
            .body(refundOf(paid.id()))
            .post("/v1/refundrequests")
            .then()
            .statusCode(201)
            .body("refundRequest.status", equalTo("pending"))
            .body("refundRequest.processedAt", nullValue())
            .body("refundRequest.adminNote", containsString("only after the first lesson"))
            .extract()
            .path("refundRequest.id");
    as(paid.student(), "enrollment")
        .get("/v1/enrollments/" + paid.id())
        .then()
        .body("enrollment.enrollmentStatus", equalTo("active"))
        .body("enrollment.paymentStatus", equalTo("paid"));

    as(admin, "enrollment")
        .body(Map.of("status", "approved", "adminNote", "tutor did not show up"))
        .patch("/v1/refundrequests/" + requestId)
        .then()
        .statusCode(200)
        .body("refundRequest.status", equalTo("approved"))
        .body("refundRequest.processedAt", notNullValue());

    as(paid.student(), "enrollment")
        .get("/v1/enrollments/" + paid.id())
        .then()
        .body("enrollment.enrollmentStatus", equalTo("canceled"))
        .body("enrollment.paymentStatus", equalTo("refunded"));
    assertThat(
        TestDatabase.count(
            "select count(*) from payments.payment_refund r join payments.payment_ticket t"
                + " on t.id = r.ticket_id where t.order_id = ?::uuid and r.amount_minor = 9000",
            paid.id().toString()),
        is(1L));
  }

  @Test
  void afterTheSecondLessonARequestWaitsAndAnAdminMayRejectIt() throws Exception {
    Course course = Course.offered(admin, "90.00", 3, false);
    Enrolled paid = Students.paidEnrollment(course);
    course.report(0, "completed");
    assertThat(refundStatusOf(paid), equalTo("eligible"));
    course.report(1, "completed");
    assertThat(refundStatusOf(paid), equalTo("ineligible"));

    String requestId =
        as(paid.student(), "enrollment")
            .body(refundOf(paid.id()))
            .post("/v1/refundrequests")
            .then()
            .statusCode(201)
            .body("refundRequest.status", equalTo("pending"))
            .body("refundRequest.adminNote", containsString("only before the second lesson"))
            .extract()
            .path("refundRequest.id");
    as(admin, "enrollment")
        .body(Map.of("status", "rejected"))
        .patch("/v1/refundrequests/" + requestId)
        .then()
        .statusCode(200)
        .body("refundRequest.status", equalTo("rejected"))
        .body("refundRequest.processedAt", notNullValue());

    assertThat(refundRequestsOf(paid.id()), is(1L));
    as(paid.student(), "enrollment")
        .get("/v1/enrollments/" + paid.id())
        .then()
        .body("enrollment.paymentStatus", equalTo("paid"));
  }

  @Test
  void aOneLessonPackIsRefundableAfterItsOnlyLesson() {
    Course course = Course.offered(admin, "30.00", 1, false);
    Enrolled paid = Students.paidEnrollment(course);
    course.report(0, "completed");

    as(paid.student(), "enrollment")
        .body(refundOf(paid.id()))
        .post("/v1/refundrequests")
        .then()
        .statusCode(201)
        .body("refundRequest.status", equalTo("autoApproved"));
    as(paid.student(), "enrollment")
        .get("/v1/enrollments/" + paid.id())
        .then()
        .body("enrollment.paymentStatus", equalTo("refunded"));
  }

  @Test
  void aSecondRequestAndAnotherStudentsRequestAreRefused() {
    Course course = Course.offered(admin, "90.00", 2, false);
    Enrolled paid = Students.paidEnrollment(course);
    course.report(0, "completed");
    Tokens.User other = Tokens.user(tenant, "student");

    as(other, "enrollment")
        .body(refundOf(paid.id()))
        .post("/v1/refundrequests")
        .then()
        .statusCode(403);
    as(paid.student(), "enrollment")
        .body(refundOf(paid.id()))
        .post("/v1/refundrequests")
        .then()
        .statusCode(201);
    as(paid.student(), "enrollment")
        .body(refundOf(paid.id()))
        .post("/v1/refundrequests")
        .then()
        .statusCode(409)
        .body("message", equalTo("errMsg_refundAlreadyRequested"));
  }

  @Test
  void anUnpaidEnrollmentIsNotRefundable() {
    Course course = Course.offered(admin, "90.00", 1, false);
    Tokens.User student = Tokens.user(tenant, "student");
    String id = Students.enroll(student, course);

    as(student, "enrollment")
        .body(refundOf(UUID.fromString(id)))
        .post("/v1/refundrequests")
        .then()
        .statusCode(422)
        .body("detail", equalTo("The enrollment is not paid, or was canceled"));
  }

  @Test
  void anAdminRefundsWithoutChecksAndOnlyAdminsDecide() {
    Course course = Course.offered(admin, "45.00", 2, false);
    Enrolled paid = Students.paidEnrollment(course);

    as(paid.student(), "enrollment")
        .body(Map.of("enrollmentId", paid.id().toString(), "reason", "tutor left"))
        .post("/v1/adminrefundenrollment")
        .then()
        .statusCode(403);
    String id =
        as(admin, "enrollment")
            .body(Map.of("enrollmentId", paid.id().toString(), "reason", "tutor left"))
            .post("/v1/adminrefundenrollment")
            .then()
            .statusCode(201)
            .body("refundRequest.status", equalTo("autoApproved"))
            .body("refundRequest.firstLessonCompleted", equalTo(false))
            .extract()
            .path("refundRequest.id");
    as(paid.student(), "enrollment")
        .get("/v1/enrollments/" + paid.id())
        .then()
        .body("enrollment.enrollmentStatus", equalTo("canceled"))
        .body("enrollment.paymentStatus", equalTo("refunded"))
        .body("enrollment.lessonSlots.status", everyItem(equalTo("available")));

    as(paid.student(), "enrollment")
        .body(Map.of("adminNote", "mine"))
        .patch("/v1/refundrequests/" + id)
        .then()
        .statusCode(403);
    as(admin, "enrollment")
        .body(Map.of("adminNote", "tutor banned"))
        .patch("/v1/refundrequests/" + id)
        .then()
        .statusCode(200)
        .body("refundRequest.adminNote", equalTo("tutor banned"));
    as(admin, "enrollment")
        .body(Map.of("status", "rejected"))
        .patch("/v1/refundrequests/" + id)
        .then()
        .statusCode(409)
        .body("message", equalTo("errMsg_refundRequestAlreadyDecided"));
  }

  @Test
  void refundRequestsAreListedForTheirStudentTutorAndAdmins() {
    Course course = Course.offered(admin, "90.00", 2, false);
    Enrolled paid = Students.paidEnrollment(course);
    course.report(0, "completed");
    as(paid.student(), "enrollment")
        .body(refundOf(paid.id()))
        .post("/v1/refundrequests")
        .then()
        .statusCode(201);
    Tokens.User stranger = Tokens.user(tenant, "student");

    for (Tokens.User reader : new Tokens.User[] {paid.student(), course.tutor, admin}) {
      as(reader, "enrollment")
          .get("/v1/refundrequests")
          .then()
          .statusCode(200)
          .body("refundRequests.enrollmentId", contains(paid.id().toString()))
          .body("refundRequests[0].coursePack.title", equalTo("English, 2 lessons"));
    }
    as(stranger, "enrollment")
        .get("/v1/refundrequests")
        .then()
        .statusCode(200)
        .body("rowCount", equalTo(0));
  }

  private static String refundStatusOf(Enrolled enrolled) {
    return as(enrolled.student(), "enrollment")
        .get("/v1/enrollments/" + enrolled.id())
        .then()
        .extract()
        .path("enrollment.refundStatus");
  }

  private static Map<String, Object> refundOf(UUID enrollmentId) {
    return Map.of(
        "enrollmentId",
        enrollmentId.toString(),
        "reason",
        "not for me",
        "requestedAt",
        "2026-01-01T00:00:00Z",
        "status",
        "approved",
        "firstLessonCompleted",
        true);
  }

  private static long refundRequestsOf(UUID enrollmentId) throws Exception {
    return TestDatabase.count(
        "select count(*) from enrollment.refund_request where enrollment_id = ?::uuid",
        enrollmentId.toString());
  }
}
