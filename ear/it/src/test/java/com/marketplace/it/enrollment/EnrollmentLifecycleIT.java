package com.marketplace.it.enrollment;

import static com.marketplace.it.support.Platform.as;
import static com.marketplace.it.support.Platform.module;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.describedAs;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.marketplace.it.events.EventProbe;
import com.marketplace.it.support.Platform;
import com.marketplace.it.support.PlatformTest;
import com.marketplace.it.support.StripeEmulatorExtension;
import com.marketplace.it.support.Tokens;
import com.marketplace.payments.stripe.emulator.StripeEmulator;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Enrolling and paying, as students, tutors and admins see it over HTTP: the slot race decided by
 * the database, the server's price, the Stripe webhook activating the enrollment, visibility, and
 * the events a subscriber of the topic receives.
 */
@PlatformTest
class EnrollmentLifecycleIT {

  private final UUID tenant = UUID.randomUUID();
  private final Tokens.User admin = Tokens.user(tenant, "admin");
  private final Tokens.User student = Tokens.user(tenant, "student");
  private final StripeEmulator stripe = StripeEmulatorExtension.emulator();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Platform.ear().addAsModule(EventProbe.war());
  }

  @Test
  void aPaidEnrollmentIsActiveAndItsSlotsAreBooked() {
    Course course = Course.offered(admin, "120.50", 3, false);
    String id = Students.enroll(student, course);

    as(student, "enrollment")
        .get("/v1/enrollments/" + id)
        .then()
        .statusCode(200)
        .body("enrollment.enrollmentStatus", equalTo("pending"))
        .body("enrollment.paymentStatus_idx", equalTo(0))
        .body("enrollment.totalAmount", equalTo(120.5f))
        .body("enrollment.lessonSlots.status", everyItem(equalTo("booked")))
        .body("enrollment.coursePack.title", equalTo("English, 3 lessons"))
        .body("enrollment.tutorProfile.certifications", equalTo("CELTA"));

    as(student, "enrollment")
        .body(Map.of("paymentUserParams", Map.of("paymentMethodId", "pm_card_visa")))
        .patch("/v1/startenrollmentpayment/" + id)
        .then()
        .statusCode(200)
        .body("enrollment.enrollmentStatus", equalTo("active"))
        .body("enrollment.paymentStatus", equalTo("paid"))
        .body("enrollment.paymentConfirmation", equalTo("paid"))
        .body("enrollment.enrolledAt", notNullValue())
        .body("paymentResult.statusLiteral", equalTo("paid"))
        .body("paymentResult.amount", equalTo(120.5f));
  }

  @Test
  void aPaymentConfirmedLaterByStripesWebhookActivatesTheEnrollment() throws Exception {
    Course course = Course.offered(admin, "80.00", 2, false);
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
            .body("paymentResult.paymentStatus", equalTo("requires_action"))
            .body("enrollment.enrollmentStatus", equalTo("pending"))
            .extract()
            .path("paymentResult.paymentId");

    stripe.completeAuthentication(intent);

    JsonPath enrollment = awaitStatus(id, "active");
    assertThat(enrollment.getString("enrollment.paymentConfirmation"), equalTo("paid"));
  }

  @Test
  void ofTwentyStudentsRacingForOneSlotExactlyOneBooksIt() throws Exception {
    Course course = Course.offered(admin, "30.00", 1, false);
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Callable<Integer>> attempts = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Tokens.User racer = Tokens.user(tenant, "student");
      attempts.add(
          () ->
              as(racer, "enrollment")
                  .body(course.enrollmentOfAllSlots())
                  .post("/v1/enrollments")
                  .statusCode());
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> attempt : pool.invokeAll(attempts)) {
      statuses.add(attempt.get());
    }
    pool.shutdown();

    assertThat(statuses.stream().filter(s -> s == 201).count(), is(1L));
    assertThat(statuses.stream().filter(s -> s == 409).count(), is(19L));
  }

  @Test
  void theServerDecidesThePriceAndTheSlots() {
    Course course = Course.offered(admin, "50.00", 2, false);
    Course other = Course.offered(admin, "50.00", 1, false);
    Map<String, Object> cheaper = course.enrollmentOfAllSlots();
    cheaper.put("totalAmount", 5.0);
    as(student, "enrollment")
        .body(cheaper)
        .post("/v1/enrollments")
        .then()
        .statusCode(422)
        .body("message", equalTo("errMsg_totalAmountMismatch"));

    as(student, "enrollment")
        .body(course.enrollmentOf(other.slotIds))
        .post("/v1/enrollments")
        .then()
        .statusCode(422)
        .body("message", equalTo("errMsg_lessonSlotNotInPack"));

    Map<String, Object> noSlots = course.enrollmentOf(List.of());
    as(student, "enrollment").body(noSlots).post("/v1/enrollments").then().statusCode(400);

    Map<String, Object> refunded = course.enrollmentOfAllSlots();
    refunded.put("refundStatus", "processed");
    as(student, "enrollment")
        .body(refunded)
        .post("/v1/enrollments")
        .then()
        .statusCode(422)
        .body("message", equalTo("errMsg_refundStatusIsSetByTheServer"));

    assertThat(enrollmentsOf(student), empty());
  }

  @Test
  void aPackWithAPreliminaryMeetingNeedsAPassedScreening() {
    Course course = Course.offered(admin, "70.00", 2, true);
    as(student, "enrollment")
        .body(course.enrollmentOfAllSlots())
        .post("/v1/enrollments")
        .then()
        .statusCode(422)
        .body("message", equalTo("errMsg_preliminaryScreeningRequired"));

    as(admin, "enrollment")
        .body(
            Map.of(
                "coursePackId", course.packId.toString(),
                "studentId", student.id().toString(),
                "passed", true))
        .post("/v1/admin/preliminaryscreenings")
        .then()
        .statusCode(200);

    as(student, "enrollment")
        .body(course.enrollmentOfAllSlots())
        .post("/v1/enrollments")
        .then()
        .statusCode(201);
  }

  @Test
  void studentsSeeTheirOwnTutorsTheirCoursesAndAdminsAll() {
    Course course = Course.offered(admin, "40.00", 2, false);
    Tokens.User other = Tokens.user(tenant, "student");
    String mine = Students.enroll(student, course.subsetBody(0));
    String theirs = Students.enroll(other, course.subsetBody(1));

    assertThat(enrollmentsOf(student), containsInAnyOrder(mine));
    assertThat(enrollmentsOf(course.tutor), containsInAnyOrder(mine, theirs));
    assertThat(enrollmentsOf(admin), hasItem(theirs));
    as(other, "enrollment").get("/v1/enrollments/" + mine).then().statusCode(403);
    as(course.tutor, "enrollment").get("/v1/enrollments/" + mine).then().statusCode(200);

    Students.pay(student, mine);
    as(course.tutor, "enrollment")
        .queryParam("paymentConfirmation", "paid")
        .queryParam("tutorProfileId", course.tutorProfileId.toString())
        .get("/v1/enrollments")
        .then()
        .statusCode(200)
        .body("enrollments.id", contains(mine))
        .body("enrollments[0].coursePack[0].title", equalTo("English, 2 lessons"))
        .body("filters.name", contains("tutorProfileId", "paymentConfirmation"));
    as(admin, "enrollment")
        .queryParam("paymentConfirmation", "settled")
        .get("/v1/enrollments")
        .then()
        .statusCode(400)
        .body("message", equalTo("errMsg_paymentConfirmationIsNotValid"));

    Tokens.User foreignAdmin = Tokens.user(UUID.randomUUID(), "admin");
    as(foreignAdmin, "enrollment").get("/v1/enrollments/" + mine).then().statusCode(404);
    assertThat(enrollmentsOf(foreignAdmin), empty());
  }

  /**
   * A tutor who also studies sees their own enrollments and their course's in one list, newest
   * first, paged and counted across both (read as separate index scans and merged).
   */
  @Test
  void aTutorWhoAlsoStudiesListsBothNewestFirstPagedAndCounted() {
    Tokens.User tutorStudent = Tokens.user(tenant, "tutor", "student");
    Course own = Course.offeredBy(tutorStudent, admin, "40.00", 2, false);
    Course elsewhere = Course.offered(admin, "30.00", 1, false);
    String oldest = Students.enroll(student, own.subsetBody(0));
    String away = Students.enroll(tutorStudent, elsewhere);
    String newest = Students.enroll(Tokens.user(tenant, "student"), own.subsetBody(1));

    as(tutorStudent, "enrollment")
        .get("/v1/enrollments")
        .then()
        .statusCode(200)
        .body("enrollments.id", contains(newest, away, oldest))
        .body("paging.totalRowCount", equalTo(3));
    as(tutorStudent, "enrollment")
        .queryParam("pageRowCount", 1)
        .queryParam("pageNumber", 2)
        .get("/v1/enrollments")
        .then()
        .body("enrollments.id", contains(away))
        .body("paging.totalRowCount", equalTo(3));
    as(tutorStudent, "enrollment")
        .queryParam("tutorProfileId", own.tutorProfileId.toString())
        .get("/v1/enrollments")
        .then()
        .body("enrollments.id", contains(newest, oldest));
    Students.pay(student, oldest);
    as(tutorStudent, "enrollment")
        .queryParam("paymentConfirmation", "paid")
        .get("/v1/enrollments")
        .then()
        .body("enrollments.id", contains(oldest));
    assertThat(enrollmentsOf(student), contains(oldest));
  }

  @Test
  void aTutorHasOneProfileTheDatabaseSaysSo() {
    Course course = Course.offered(admin, "40.00", 1, false);
    as(admin, "enrollment")
        .body(Map.of("tutorId", course.tutor.id().toString()))
        .put("/v1/admin/tutorprofiles/" + UUID.randomUUID())
        .then()
        .statusCode(409)
        .body("message", equalTo("errMsg_conflictsWithExistingRecord"));
  }

  @Test
  void onlyStudentsEnrollAndOnlyLoggedInUsersRead() {
    Course course = Course.offered(admin, "40.00", 1, false);
    as(course.tutor, "enrollment")
        .body(course.enrollmentOfAllSlots())
        .post("/v1/enrollments")
        .then()
        .statusCode(403);
    module("enrollment").get("/v1/enrollments").then().statusCode(401);
  }

  @Test
  void everyRouteRefusesTheRolesItDoesNotServe() {
    String any = UUID.randomUUID().toString();
    Map<String, Object> body =
        Map.of("enrollmentId", any, "tutorProfileId", any, "coursePackId", any);
    Tokens.User tutor = Tokens.user(tenant, "tutor");
    List<Object[]> adminOnly =
        List.of(
            new Object[] {"PATCH", "/v1/cancelenrollment/" + any},
            new Object[] {"POST", "/v1/adminrefundenrollment"},
            new Object[] {"POST", "/v1/cascadetutorban"},
            new Object[] {"POST", "/v1/cascadecourseremoval"},
            new Object[] {"POST", "/v1/cleanuppendingenrollments"},
            new Object[] {"PATCH", "/v1/refundrequests/" + any},
            new Object[] {"PUT", "/v1/admin/tutorprofiles/" + any},
            new Object[] {"PUT", "/v1/admin/coursepacks/" + any},
            new Object[] {"PUT", "/v1/admin/lessonslots/" + any},
            new Object[] {"PUT", "/v1/admin/userprofiles/" + any},
            new Object[] {"POST", "/v1/admin/preliminaryscreenings"},
            new Object[] {"POST", "/v1/enrollmentpayment"},
            new Object[] {"PATCH", "/v1/enrollmentpayment/" + any},
            new Object[] {"DELETE", "/v1/enrollmentpayment/" + any});
    for (Object[] route : adminOnly) {
      for (Tokens.User user : List.of(student, tutor)) {
        as(user, "enrollment")
            .body(body)
            .request((String) route[0], (String) route[1])
            .then()
            .statusCode(describedAs(route[0] + " " + route[1] + " refused", equalTo(403)));
      }
      module("enrollment")
          .contentType("application/json")
          .body(body)
          .request((String) route[0], (String) route[1])
          .then()
          .statusCode(401);
    }
    for (String studentOnly : List.of("/v1/enrollments", "/v1/refundrequests")) {
      for (Tokens.User user : List.of(admin, tutor)) {
        as(user, "enrollment").body(body).post(studentOnly).then().statusCode(403);
      }
    }
  }

  @Test
  void everyTransitionIsPublishedOnTheTopicAfterCommit() throws Exception {
    Course course = Course.offered(admin, "60.00", 1, false);
    String id = Students.enroll(student, course);
    Students.pay(student, id);

    List<String> types = awaitEvents(id, 2);
    assertThat(types, containsInAnyOrder("enrollment.created", "enrollment.activated"));

    Map<String, Object> cheaper = course.enrollmentOfAllSlots();
    cheaper.put("totalAmount", 1.0);
    as(student, "enrollment").body(cheaper).post("/v1/enrollments").then().statusCode(422);
    Course another = Course.offered(admin, "60.00", 1, false);
    Students.enroll(student, another);
    // created, activated, created again: nothing for the refused request
    awaitEvents(tenant.toString(), 3);
    assertThat(createdEventsOf(tenant), is(2));
  }

  private static int createdEventsOf(UUID tenant) {
    return (int)
        eventsFor(tenant.toString()).stream()
            .filter(json -> "enrollment.created".equals(JsonPath.from(json).getString("type")))
            .count();
  }

  private JsonPath awaitStatus(String id, String status) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (true) {
      JsonPath enrollment =
          as(student, "enrollment").get("/v1/enrollments/" + id).then().extract().jsonPath();
      if (status.equals(enrollment.getString("enrollment.enrollmentStatus"))
          || Instant.now().isAfter(deadline)) {
        assertThat(enrollment.getString("enrollment.enrollmentStatus"), equalTo(status));
        return enrollment;
      }
      Thread.sleep(200);
    }
  }

  private List<String> awaitEvents(String objectId, int count) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    List<String> types;
    do {
      types =
          eventsFor(objectId).stream().map(json -> JsonPath.from(json).getString("type")).toList();
      if (types.size() >= count) {
        break;
      }
      Thread.sleep(200);
    } while (Instant.now().isBefore(deadline));
    for (String json : eventsFor(objectId)) {
      JsonPath event = JsonPath.from(json);
      assertThat(event.getString("tenantId"), equalTo(tenant.toString()));
      assertThat(event.getString("eventId"), notNullValue());
      assertThat(event.getString("occurredAt"), startsWith("20"));
    }
    assertThat(types, hasSize(count));
    return types;
  }

  private static List<String> eventsFor(String objectId) {
    List<String> all = module("events").get("/received").then().extract().jsonPath().getList("");
    return objectId == null ? all : all.stream().filter(e -> e.contains(objectId)).toList();
  }

  private static List<String> enrollmentsOf(Tokens.User user) {
    return as(user, "enrollment")
        .get("/v1/enrollments")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("enrollments.id");
  }
}
