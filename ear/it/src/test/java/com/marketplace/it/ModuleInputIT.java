package com.marketplace.it;

import static com.marketplace.it.support.Platform.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import com.marketplace.it.support.Platform;
import com.marketplace.it.support.PlatformTest;
import com.marketplace.it.support.TestDatabase;
import com.marketplace.it.support.Tokens;
import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Bad input the booking and enrollment modules used to answer with 500 (or store): now a 4xx with
 * the error envelope naming what is wrong, and nothing written.
 */
@PlatformTest
class ModuleInputIT {

  private final UUID tenant = UUID.randomUUID();
  private final Tokens.User admin = Tokens.user(tenant, "admin");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Platform.ear();
  }

  @Test
  void aScreeningForAnUnknownCoursePackIs404NamingTheField() throws Exception {
    UUID student = UUID.randomUUID();
    envelope(
            as(admin, "enrollment")
                .body(
                    Map.of(
                        "coursePackId", UUID.randomUUID().toString(),
                        "studentId", student.toString(),
                        "passed", true))
                .post("/v1/admin/preliminaryscreenings")
                .then(),
            404)
        .body("detail", containsString("coursePackId"));
    assertThat(
        TestDatabase.count(
            "select count(*) from enrollment.preliminary_screening where student_id = ?::uuid",
            student.toString()),
        is(0L));
  }

  @Test
  void anIcalImportWithoutUrlIs400NamingUrl() throws Exception {
    String listing = listing();
    for (String body : new String[] {"{}", "{\"url\":null}", "{\"url\":\"\"}"}) {
      envelope(
              as(admin, "booking")
                  .body(body)
                  .post("/v1/listings/" + listing + "/icalimports")
                  .then(),
              400)
          .body("detail", containsString("url"));
    }
    assertThat(sources(listing), is(0L));
  }

  @Test
  void aCalendarWithImpossibleDatesOrBackwardEventsIs400AndWritesNothing() throws Exception {
    String listing = listing();
    for (String event :
        new String[] {
          "DTSTART:99999999T999999Z\r\nDTEND:20270101T000000Z",
          "DTSTART;VALUE=DATE:20270510\r\nDTEND;VALUE=DATE:20270501"
        }) {
      envelope(
              as(admin, "booking")
                  .contentType("text/calendar")
                  .body(
                      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:x\r\n"
                          + "DTSTAMP:20260101T000000Z\r\n"
                          + event
                          + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
                  .post("/v1/listings/" + listing + "/icalimports/upload")
                  .then(),
              400)
          .body("message", equalTo("errMsg_iCalIsMalformed"));
    }
    assertThat(sources(listing), is(0L));
  }

  /**
   * Answered by its declared length, without reading the body, with {@code Connection: close} (the
   * connection still carries the unread body), and within a few seconds for a client that sends the
   * whole body before it reads the answer, as RestAssured's does.
   */
  @Test
  void aCalendarUploadOverTheCapIs413Promptly() throws Exception {
    String listing = listing();
    String big =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-PAD:"
            + "x".repeat(1_100_000)
            + "\r\nEND:VCALENDAR\r\n";
    long start = System.nanoTime();
    envelope(
            as(admin, "booking")
                .contentType("text/calendar")
                .body(big)
                .post("/v1/listings/" + listing + "/icalimports/upload")
                .then(),
            413)
        .header("Connection", equalToIgnoringCase("close"));
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("1.1 MB calendar upload refused with 413 in " + millis + " ms");
    assertThat(millis, lessThan(10_000L));
    assertThat(sources(listing), is(0L));
  }

  @Test
  void overlongNamesAreRefusedNotStored() throws Exception {
    UUID user = UUID.randomUUID();
    envelope(
            as(admin, "booking")
                .body(Map.of("fullname", "x".repeat(201)))
                .put("/v1/userprofiles/" + user)
                .then(),
            400)
        .body("detail", containsString("fullname"));
    envelope(
            as(admin, "enrollment")
                .body(Map.of("fullname", "x".repeat(201)))
                .put("/v1/admin/userprofiles/" + user)
                .then(),
            400)
        .body("detail", containsString("fullname"));
    int fiveMegabytes =
        as(admin, "booking")
            .body(Map.of("fullname", "x".repeat(5_000_000)))
            .put("/v1/userprofiles/" + user)
            .statusCode();
    assertThat(fiveMegabytes, anyOf(is(400), is(413)));
    assertThat(
        TestDatabase.count(
                "select count(*) from booking.user_profile where user_id = ?::uuid",
                user.toString())
            + TestDatabase.count(
                "select count(*) from enrollment.user_profile where user_id = ?::uuid",
                user.toString()),
        is(0L));
  }

  @Test
  void aListingTitleOverTheMaximumIs400NamingIt() throws Exception {
    Map<String, Object> body = listingBody();
    body.put("title", "x".repeat(201));
    String id = UUID.randomUUID().toString();
    envelope(as(admin, "booking").body(body).put("/v1/listings/" + id).then(), 400)
        .body("detail", containsString("title"));
    assertThat(
        TestDatabase.count("select count(*) from booking.listing where id = ?::uuid", id), is(0L));
  }

  private String listing() {
    String id = UUID.randomUUID().toString();
    as(admin, "booking").body(listingBody()).put("/v1/listings/" + id).then().statusCode(200);
    return id;
  }

  private Map<String, Object> listingBody() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("hostId", UUID.randomUUID().toString());
    body.put("title", "Flat");
    body.put("timeZone", "Europe/Amsterdam");
    body.put("nightlyPrice", 100);
    body.put("currency", "EUR");
    body.put("maxGuests", 2);
    body.put("approvalType", "instant");
    return body;
  }

  private static ValidatableResponse envelope(ValidatableResponse response, int status) {
    return response
        .statusCode(status)
        .body("result", equalTo("ERR"))
        .body("status", equalTo(status));
  }

  private static long sources(String listing) throws Exception {
    return TestDatabase.count(
        "select count(*) from booking.ical_import_source where listing_id = ?::uuid", listing);
  }
}
