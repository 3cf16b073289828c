package com.marketplace.it.enrollment;

import static com.marketplace.it.support.Platform.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.marketplace.it.enrollment.Students.Enrolled;
import com.marketplace.it.support.Platform;
import com.marketplace.it.support.PlatformTest;
import com.marketplace.it.support.Tokens;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matcher;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code getJoins} and {@code excludeCQRS} on every enrollment route that answers joins: the
 * enrollment and its list (course pack, lesson slots, student, tutor profile: all non-local), a
 * refund request (its enrollment: local) and their list (enrollment local; course pack and
 * requester non-local).
 */
@PlatformTest
class EnrollmentJoinsIT {

  private static final String[] ENROLLMENT_JOINS = {
    "coursePack", "lessonSlots", "student", "tutorProfile"
  };

  private final UUID tenant = UUID.randomUUID();
  private final Tokens.User admin = Tokens.user(tenant, "admin");
  private Enrolled paid;
  private String refundRequest;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Platform.ear();
  }

  @BeforeEach
  void aPaidEnrollmentWithARefundRequest() {
    paid = Students.paidEnrollment(Course.offered(admin, "80.00", 2, false));
    refundRequest =
        as(paid.student(), "enrollment")
            .body(Map.of("enrollmentId", paid.id().toString(), "reason", "moving away"))
            .post("/v1/refundrequests")
            .then()
            .statusCode(201)
            .extract()
            .path("refundRequest.id");
  }

  @Test
  void everyRouteAnswersItsJoinsByDefault() {
    student()
        .get("/v1/enrollments/" + paid.id())
        .then()
        .statusCode(200)
        .body("enrollment", hasAll(ENROLLMENT_JOINS))
        .body("enrollment.lessonSlots", hasSize(2))
        .body("enrollment.coursePack.title", equalTo("English, 2 lessons"));
    student()
        .get("/v1/enrollments")
        .then()
        .statusCode(200)
        .body("enrollments", hasSize(1))
        .body("enrollments[0]", hasAll(ENROLLMENT_JOINS));
    student()
        .get("/v1/refundrequests/" + refundRequest)
        .then()
        .statusCode(200)
        .body("refundRequest", hasKey("enrollment"))
        .body("refundRequest.enrollment.studentId", equalTo(paid.student().id().toString()));
    student()
        .get("/v1/refundrequests")
        .then()
        .statusCode(200)
        .body("refundRequests[0]", hasAll("enrollment", "coursePack", "requester"))
        .body("refundRequests[0].coursePack.title", equalTo("English, 2 lessons"));
  }

  @Test
  void getJoinsFalseLeavesEveryJoinOut() {
    student()
        .queryParam("getJoins", false)
        .get("/v1/enrollments/" + paid.id())
        .then()
        .statusCode(200)
        .body("enrollment.id", equalTo(paid.id().toString()))
        .body("enrollment", hasNone(ENROLLMENT_JOINS));
    student()
        .queryParam("getJoins", false)
        .get("/v1/enrollments")
        .then()
        .statusCode(200)
        .body("enrollments[0].id", equalTo(paid.id().toString()))
        .body("enrollments[0]", hasNone(ENROLLMENT_JOINS));
    student()
        .queryParam("getJoins", false)
        .get("/v1/refundrequests/" + refundRequest)
        .then()
        .statusCode(200)
        .body("refundRequest.id", equalTo(refundRequest))
        .body("refundRequest", not(hasKey("enrollment")));
    student()
        .queryParam("getJoins", false)
        .queryParam("excludeCQRS", false)
        .get("/v1/refundrequests")
        .then()
        .statusCode(200)
        .body("refundRequests[0].id", equalTo(refundRequest))
        .body("refundRequests[0]", hasNone("enrollment", "coursePack", "requester"));
  }

  @Test
  void excludeCqrsLeavesOutTheNonLocalJoinsAndKeepsTheLocalOnes() {
    student()
        .queryParam("excludeCQRS", true)
        .get("/v1/enrollments/" + paid.id())
        .then()
        .statusCode(200)
        .body("enrollment", hasNone(ENROLLMENT_JOINS));
    student()
        .queryParam("excludeCQRS", true)
        .get("/v1/enrollments")
        .then()
        .statusCode(200)
        .body("enrollments[0]", hasNone(ENROLLMENT_JOINS));
    student()
        .queryParam("excludeCQRS", true)
        .get("/v1/refundrequests/" + refundRequest)
        .then()
        .statusCode(200)
        .body("refundRequest.enrollment.coursePackId", not(equalTo(null)));
    student()
        .queryParam("excludeCQRS", true)
        .get("/v1/refundrequests")
        .then()
        .statusCode(200)
        .body("refundRequests[0]", hasKey("enrollment"))
        .body("refundRequests[0].enrollment", hasSize(1))
        .body("refundRequests[0]", hasNone("coursePack", "requester"));
  }

  private RequestSpecification student() {
    return as(paid.student(), "enrollment");
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Matcher<Map<String, ?>> hasAll(String... keys) {
    Matcher[] each = new Matcher[keys.length];
    for (int i = 0; i < keys.length; i++) {
      each[i] = hasKey(keys[i]);
    }
    return allOf(each);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Matcher<Map<String, ?>> hasNone(String... keys) {
    Matcher[] each = new Matcher[keys.length];
    for (int i = 0; i < keys.length; i++) {
      each[i] = not(hasKey(keys[i]));
    }
    return allOf(each);
  }
}
