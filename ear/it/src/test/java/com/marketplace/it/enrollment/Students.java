package com.marketplace.it.enrollment;

import static com.marketplace.it.support.Platform.as;

import com.marketplace.it.support.Tokens;
import java.util.Map;
import java.util.UUID;

/** What students do through the API, step by step. */
final class Students {

  private Students() {}

  /** Enrolls in every slot of the course; returns the pending enrollment's id. */
  static String enroll(Tokens.User student, Course course) {
    return enroll(student, course.enrollmentOfAllSlots());
  }

  /** Enrolls with the given create body; returns the pending enrollment's id. */
  static String enroll(Tokens.User student, Map<String, Object> body) {
    return as(student, "enrollment")
        .body(body)
        .post("/v1/enrollments")
        .then()
        .statusCode(201)
        .extract()
        .path("enrollment.id");
  }

  /** Pays the enrollment with a card that succeeds at once. */
  static void pay(Tokens.User student, String enrollmentId) {
    as(student, "enrollment")
        .body(Map.of("paymentUserParams", Map.of("paymentMethodId", "pm_card_visa")))
        .patch("/v1/startenrollmentpayment/" + enrollmentId)
        .then()
        .statusCode(200);
  }

  /** A paid enrollment of a new student in {@code course}. */
  static Enrolled paidEnrollment(Course course) {
    Tokens.User student = Tokens.user(course.admin.tenant(), "student");
    String id = enroll(student, course);
    pay(student, id);
    return new Enrolled(student, UUID.fromString(id));
  }

  record Enrolled(Tokens.User student, UUID id) {}
}
