package com.marketplace.it;

import static com.marketplace.it.support.Platform.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.marketplace.it.support.Platform;
import com.marketplace.it.support.PlatformTest;
import com.marketplace.it.support.Tokens;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Reference data may arrive with only its required fields: records upserted that way (a listing
 * without propertyType, photos or policies; profiles without names; a pack without category or
 * scheduling type; a slot without location), with a reservation, a dispute, a payment record and an
 * enrollment made on them, never make a read route answer 5xx, to any role.
 */
@PlatformTest
class MinimalReferenceDataIT {

  private final UUID tenant = UUID.randomUUID();
  private final Tokens.User admin = Tokens.user(tenant, "admin");
  private final Tokens.User host = Tokens.user(tenant, "host");
  private final Tokens.User guest = Tokens.user(tenant, "guest");
  private final Tokens.User tutor = Tokens.user(tenant, "tutor");
  private final Tokens.User student = Tokens.user(tenant, "student");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Platform.ear();
  }

  @Test
  void bookingReadsAnswerForMinimalListingsAndProfiles() {
    String listing = UUID.randomUUID().toString();
    Map<String, Object> minimal = new LinkedHashMap<>();
    minimal.put("hostId", host.id().toString());
    minimal.put("title", "Bare flat");
    minimal.put("timeZone", "Europe/Amsterdam");
    minimal.put("nightlyPrice", 100);
    minimal.put("currency", "EUR");
    minimal.put("maxGuests", 2);
    minimal.put("approvalType", "instant");
    as(admin, "booking")
        .body(minimal)
        .put("/v1/listings/" + listing)
        .then()
        .statusCode(200)
        .body("listing.propertyType", nullValue());
    as(admin, "booking").body(Map.of()).put("/v1/userprofiles/" + host.id()).then().statusCode(200);
    LocalDate checkIn = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(20);
    Map<String, Object> stay = new LinkedHashMap<>();
    stay.put("listingId", listing);
    stay.put("checkIn", checkIn.toString());
    stay.put("checkOut", checkIn.plusDays(2).toString());
    stay.put("guestCount", 1);
    stay.put("totalPrice", 200.00);
    String reservation =
        as(guest, "booking")
            .body(stay)
            .post("/v1/reservations")
            .then()
            .statusCode(201)
            .extract()
            .path("reservation.id");
    String dispute =
        as(guest, "booking")
            .body(
                Map.of(
                    "reservationId", reservation,
                    "issueType", "noise",
                    "description", "Loud neighbours"))
            .post("/v1/disputes")
            .then()
            .statusCode(201)
            .extract()
            .path("dispute.id");

    List<String> failures = new ArrayList<>();
    for (Tokens.User user : List.of(admin, host, guest)) {
      for (String route :
          List.of(
              "/v1/reservations",
              "/v1/reservations/" + reservation,
              "/v1/reservations/" + reservation + "/ical",
              "/v1/disputes",
              "/v1/disputes/" + dispute,
              "/v1/paymentrecords",
              "/v1/listings/" + listing,
              "/v1/listings/" + listing + "/icalimports",
              "/v1/reservationpayments2",
              "/v1/paymentcustomers")) {
        check(failures, user, "booking", route);
      }
    }
    String feed =
        as(admin, "booking")
            .get("/v1/listings/" + listing)
            .then()
            .extract()
            .path("listing.iCalFeedUrl");
    int feedStatus = Platform.server().get(feed).statusCode();
    if (feedStatus >= 500) {
      failures.add("feed " + feedStatus);
    }
    as(admin, "booking")
        .get("/v1/reservations")
        .then()
        .body(
            "reservations.find { it.id == '" + reservation + "' }.listingJoins[0].propertyType_idx",
            nullValue());
    assertThat(failures, empty());
  }

  @Test
  void enrollmentReadsAnswerForMinimalCatalogueRecords() {
    UUID tutorProfile = UUID.randomUUID();
    UUID pack = UUID.randomUUID();
    UUID slot = UUID.randomUUID();
    as(admin, "enrollment")
        .body(Map.of("tutorId", tutor.id().toString()))
        .put("/v1/admin/tutorprofiles/" + tutorProfile)
        .then()
        .statusCode(200);
    as(admin, "enrollment")
        .body(
            Map.of(
                "tutorProfileId",
                tutorProfile.toString(),
                "title",
                "Bare pack",
                "price",
                40,
                "currency",
                "EUR"))
        .put("/v1/admin/coursepacks/" + pack)
        .then()
        .statusCode(200);
    as(admin, "enrollment")
        .body(
            Map.of(
                "coursePackId",
                pack.toString(),
                "scheduledDate",
                LocalDate.now().plusDays(9).toString(),
                "scheduledTime",
                "10:00",
                "timeZone",
                "Europe/Berlin"))
        .put("/v1/admin/lessonslots/" + slot)
        .then()
        .statusCode(200);
    as(admin, "enrollment")
        .body(Map.of())
        .put("/v1/admin/userprofiles/" + student.id())
        .then()
        .statusCode(200);
    as(admin, "enrollment")
        .body(
            Map.of(
                "coursePackId",
                pack.toString(),
                "studentId",
                student.id().toString(),
                "passed",
                true))
        .post("/v1/admin/preliminaryscreenings")
        .then()
        .statusCode(200);
    Map<String, Object> enrollment = new LinkedHashMap<>();
    enrollment.put("coursePackId", pack.toString());
    enrollment.put("tutorProfileId", tutorProfile.toString());
    enrollment.put("lessonSlotIds", List.of(slot.toString()));
    enrollment.put("totalAmount", 40);
    enrollment.put("currency", "EUR");
    String id =
        as(student, "enrollment")
            .body(enrollment)
            .post("/v1/enrollments")
            .then()
            .statusCode(201)
            .extract()
            .path("enrollment.id");

    List<String> failures = new ArrayList<>();
    for (Tokens.User user : List.of(admin, tutor, student)) {
      for (String route :
          List.of(
              "/v1/enrollments",
              "/v1/enrollments/" + id,
              "/v1/refundrequests",
              "/v1/enrollmentpayments",
              "/v1/paymentcustomers")) {
        check(failures, user, "enrollment", route);
      }
    }
    as(admin, "enrollment")
        .get("/v1/enrollments/" + id)
        .then()
        .statusCode(200)
        .body("enrollment.coursePack.schedulingType", nullValue())
        .body("enrollment.coursePack.title", equalTo("Bare pack"));
    assertThat(failures, empty());
  }

  private static void check(List<String> failures, Tokens.User user, String module, String route) {
    Response response = as(user, module).get(route);
    if (response.statusCode() >= 500) {
      failures.add(
          user.roles()
              + " GET /"
              + module
              + route
              + " -> "
              + response.statusCode()
              + " "
              + response.asString());
    }
  }
}
