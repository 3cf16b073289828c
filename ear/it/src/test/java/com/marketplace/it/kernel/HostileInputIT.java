package com.marketplace.it.kernel;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.marketplace.it.support.KernelDeployment;
import com.marketplace.it.support.Platform;
import com.marketplace.it.support.RawHttp;
import com.marketplace.it.support.TestDatabase;
import com.marketplace.it.support.Tokens;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile input against the real routes of all three modules: each is refused with the spec's
 * envelope and the right status, quickly, without server internals or version headers, and without
 * writing anything.
 */
class HostileInputIT extends KernelDeployment {

  private static final List<String> INTERNALS =
      List.of(
          "Exception",
          "exception",
          "Payara",
          "GlassFish",
          "Glassfish",
          "Jersey",
          "Grizzly",
          "Yasson",
          "java.",
          "jakarta.",
          "org.eclipse",
          "<html",
          "<HTML",
          "at com.");

  private final UUID tenant = UUID.randomUUID();
  private final Tokens.User admin = Tokens.user(tenant, "admin");
  private final Tokens.User guest = Tokens.user(tenant, "guest");
  private final Tokens.User student = Tokens.user(tenant, "student");
  private String listing;

  @BeforeEach
  void aListingToBook() {
    listing = UUID.randomUUID().toString();
    Platform.as(admin, "booking")
        .body(listingJson("Flat"))
        .put("/v1/listings/" + listing)
        .then()
        .statusCode(200);
  }

  @Test
  void aNumberWithAHugeExponentIsRefusedInMillisecondsAndNothingIsBooked() throws Exception {
    String body = reservation("\"x\": 1").replace("257.5", "1E-10000000");
    RawHttp.Answer answer = post(guest, "/booking/v1/reservations", body);

    System.out.println("1E-10000000 as totalPrice answered in " + answer.millis() + " ms");
    refused(answer, 400, "errMsg_numberOutOfBounds");
    assertThat(detail(answer), containsString("/totalPrice"));
    assertThat(answer.millis(), lessThan(1_000L));
    assertThat(reservationsOfTenant(), is(0L));
  }

  @Test
  void hostileNumbersAreRefusedOnEveryModule() throws Exception {
    String enrollment =
        "{\"coursePackId\":\"%s\",\"tutorProfileId\":\"%s\",\"lessonSlotIds\":[\"%s\"],"
                .formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID())
            + "\"totalAmount\":1E+10000000,\"currency\":\"EUR\"}";
    RawHttp.Answer enrolling = post(student, "/enrollment/v1/enrollments", enrollment);
    refused(enrolling, 400, "errMsg_numberOutOfBounds");
    assertThat(detail(enrolling), containsString("/totalAmount"));

    RawHttp.Answer granting =
        post(admin, "/payments/v1/permissiongrants", grant("\"weight\": 0E-99999999"));
    refused(granting, 400, "errMsg_numberOutOfBounds");
    assertThat(grantsOfTenant(), is(0L));
  }

  @Test
  void aNulInAnyStringIsRefusedNamingTheField() throws Exception {
    RawHttp.Answer upsert =
        send("PUT", admin, "/booking/v1/listings/" + UUID.randomUUID(), listingJson("a\\u0000b"));
    refused(upsert, 400, "errMsg_nulCharacter");
    assertThat(detail(upsert), containsString("/title"));

    RawHttp.Answer booking =
        post(
            guest,
            "/booking/v1/reservations",
            reservation("\"paymentUserParams\": {\"paymentMethodId\": \"pm\\u0000\"}"));
    refused(booking, 400, "errMsg_nulCharacter");
    assertThat(detail(booking), containsString("/paymentUserParams/paymentMethodId"));
    assertThat(listingsOfTenant(), is(1L));
    assertThat(reservationsOfTenant(), is(0L));
  }

  @Test
  void nestingAThousandLevelsDeepInAnObjectFieldIsRefusedWithoutAStackOverflow() throws Exception {
    String deep = "{\"a\":".repeat(1000) + "1" + "}".repeat(1000);
    String body =
        listingJson("Flat").replace("\"cityTaxRule\":{", "\"cityTaxRule\":" + deep + ",\"_\":{");

    RawHttp.Answer answer = send("PUT", admin, "/booking/v1/listings/" + UUID.randomUUID(), body);

    refused(answer, 400, "errMsg_bodyTooDeep");
    assertThat(detail(answer), containsString("/cityTaxRule/a/a"));
    assertThat(listingsOfTenant(), is(1L));
  }

  @Test
  void duplicateKeysTrailingDataAndAnArrayForAnObjectAreRefused() throws Exception {
    refused(
        post(guest, "/booking/v1/reservations", reservation("\"guestCount\": 2")),
        400,
        "errMsg_duplicateKey");
    refused(
        post(guest, "/booking/v1/reservations", reservation("\"x\": 1") + " garbage"),
        400,
        "errMsg_trailingData");
    refused(post(guest, "/booking/v1/reservations", "[{}]"), 400, "errMsg_wrongBodyType");
    refused(
        post(admin, "/enrollment/v1/permissiongrants", "[" + grant("\"x\": 1") + "]"),
        400,
        "errMsg_wrongBodyType");
    assertThat(reservationsOfTenant(), is(0L));
    assertThat(grantsOfTenant(), is(0L));
  }

  @Test
  void aFiveMegabyteBodyIs413OnEveryModule() throws Exception {
    String huge = "{\"title\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}";

    RawHttp.Answer booking = post(guest, "/booking/v1/reservations", huge);
    refused(booking, 413, "errMsg_bodyTooLarge");
    assertThat(booking.header("Connection"), equalToIgnoringCase("close"));
    refused(post(admin, "/enrollment/v1/permissiongrants", huge), 413, "errMsg_bodyTooLarge");
    refused(
        RawHttp.send("POST", "/payments/v1/stripe/webhook", huge, "Content-Type: application/json"),
        413,
        "errMsg_bodyTooLarge");
    assertThat(reservationsOfTenant(), is(0L));
  }

  @Test
  void pagingPastTheLastRowNumberIs400NamingTheParameterOnEveryModule() throws Exception {
    for (String route :
        List.of("/booking/v1/reservations", "/enrollment/v1/enrollments", "/payments/v1/audit")) {
      RawHttp.Answer answer =
          send("GET", admin, route + "?pageNumber=2147483647&pageRowCount=500", null);
      refused(answer, 400, "errMsg_pageNumberIsNotValid");
    }
  }

  @Test
  void aNulInAQueryParameterIs400NamingIt() throws Exception {
    for (String module : List.of("enrollment", "booking", "payments")) {
      refused(
          send("GET", admin, "/" + module + "/v1/audit?objectType=%00", null),
          400,
          "errMsg_objectTypeIsNotValid");
    }
  }

  @Test
  void datesOutOfRangeAre400InQueriesAndBodies() throws Exception {
    refused(
        send("GET", admin, "/payments/v1/audit?from=-999999999-01-01T00:00:00Z", null),
        400,
        "errMsg_fromIsNotValid");
    String farFuture =
        "{\"listingId\":\"%s\",\"checkIn\":\"+99999-01-01\",\"checkOut\":\"+99999-01-03\","
                .formatted(listing)
            + "\"guestCount\":2,\"totalPrice\":257.5}";
    RawHttp.Answer booking = post(guest, "/booking/v1/reservations", farFuture);
    refused(booking, 400, "errMsg_malformedRequest");
    assertThat(detail(booking), containsString("1900 to 9999"));
    assertThat(reservationsOfTenant(), is(0L));
  }

  /**
   * Payara answers these before any module sees them (its CoyoteAdapter refuses the URI, or the
   * normalised path leaves the module, or no context matches), so no module's filter or error page
   * can: what holds is that none is a 5xx, nothing names the server in a header, and nothing is a
   * stack trace. The answers are listed in docs/http-edges.md.
   */
  @Test
  void pathsPayaraRefusesBeforeRoutingNameNoServerInTheirHeaders() throws Exception {
    for (String path :
        List.of(
            "/nonexistent-context/x",
            "/booking/v1/reservations/%zz",
            "/booking/v1/%",
            "/enrollment/v1/enrollments/%E0%A4%A",
            "/enrollment/v1/a%00b",
            "/payments/v1/..%2f..%2fdomain.xml",
            "/payments/v1/%2e%2e/%2e%2e/x",
            "/booking/..%2f..%2fetc",
            "/booking/%2e%2e/%2e%2e/etc/passwd",
            "/booking/v1/%c0%ae%c0%ae/x",
            "/booking/v1/a%5c..%5c..%5cx")) {
      RawHttp.Answer answer = send("GET", admin, path, null);
      String what = path + " -> " + answer;
      assertThat(what, answer.status(), lessThan(500));
      assertThat(what, answer.header("Server"), nullValue());
      assertThat(what, answer.header("X-Powered-By"), nullValue());
      assertThat(what, answer.body(), not(containsString("Exception")));
      assertThat(what, answer.body(), not(containsString("at com.")));
    }
  }

  /** Grizzly refuses these while parsing, before Payara's web container: an empty 400. */
  @Test
  void anOverlongRequestLineOrHeaderIs400WithoutNamingTheServer() throws Exception {
    List<RawHttp.Answer> answers =
        List.of(
            send("GET", admin, "/booking/v1/reservations?q=" + "a".repeat(20_000), null),
            send("GET", admin, "/booking/v1/reservations", null, "X-Big: " + "b".repeat(20_000)));
    for (RawHttp.Answer answer : answers) {
      assertThat(answer.toString(), answer.status(), is(400));
      assertThat(answer.toString(), answer.header("Server"), nullValue());
      assertThat(answer.toString(), answer.header("X-Powered-By"), nullValue());
      assertThat(answer.toString(), answer.body(), not(containsString("Exception")));
    }
  }

  /**
   * The listener refuses TRACE itself (its {@code trace-enabled} stays false), before any module's
   * filter: an empty 405, for a module's path, a path no context matches, and Payara's own {@code
   * /health} and {@code /openapi} alike (docs/http-edges.md).
   */
  @Test
  void traceIsRefusedEverywhereWithoutEchoingTheRequest() throws Exception {
    for (String path : List.of("/booking/v1/reservations", "/nowhere/x", "/health", "/openapi")) {
      RawHttp.Answer trace = send("TRACE", admin, path, null, "Cookie: session=secret-cookie");
      String what = path + " -> " + trace;

      assertThat(what, trace.status(), is(405));
      assertThat(what, trace.body(), not(containsString("Bearer")));
      assertThat(what, trace.body(), not(containsString("secret-cookie")));
      assertThat(what, trace.header("Server"), nullValue());
      assertThat(what, trace.header("X-Powered-By"), nullValue());
    }
  }

  @Test
  void unusableMediaTypesAre415() throws Exception {
    refused(
        send("POST", guest, "/booking/v1/reservations", "{}", "Content-Type: garbage///"),
        415,
        "errMsg_unsupportedMediaType");
    refused(
        send("POST", guest, "/booking/v1/reservations", "{}", "Content-Type: text/plain"),
        415,
        "errMsg_unsupportedMediaType");
    refused(
        RawHttp.send(
            "POST",
            "/payments/v1/stripe/webhook",
            "{\"id\":\"evt_1\"}",
            "Content-Type: application/json; charset=x-bogus",
            "Stripe-Signature: t=1,v1=00"),
        415,
        "errMsg_unsupportedMediaType");
  }

  @Test
  void unknownMethodsAndRoutesAnswerTheEnvelope() throws Exception {
    refused(send("FOO", admin, "/enrollment/v1/enrollments", null), 405, "errMsg_methodNotAllowed");
    refused(send("PROPFIND", admin, "/booking/v1/reservations", null), 405, null);
    refused(send("DELETE", admin, "/enrollment/v1/enrollments", null), 405, null);
    refused(send("GET", admin, "/payments/v1/nothing-here", null), 404, "errMsg_routeNotFound");
    refused(
        send("GET", admin, "/booking/v1/reservations", null, "Accept: application/xml"),
        406,
        "errMsg_notAcceptable");
  }

  @Test
  void noAnswerNamesTheServer() throws Exception {
    for (String path : List.of("/booking/health", "/enrollment/openapi", "/payments/v1/x")) {
      RawHttp.Answer answer = RawHttp.send("GET", path, (String) null);
      assertThat(path, answer.header("Server"), nullValue());
      assertThat(path, answer.header("X-Powered-By"), nullValue());
    }
  }

  /** The spec's envelope with this status, and nothing that betrays the server. */
  private static void refused(RawHttp.Answer answer, int status, String messageKey) {
    String what = answer.status() + " " + answer.headers() + " " + answer.body();
    assertThat(what, answer.status(), is(status));
    assertThat(what, answer.header("Content-Type"), startsWith("application/json"));
    assertThat(what, answer.header("Server"), nullValue());
    assertThat(what, answer.header("X-Powered-By"), nullValue());
    for (String internal : INTERNALS) {
      assertThat(what, answer.body(), not(containsString(internal)));
    }
    JsonPath json = JsonPath.from(answer.body());
    assertThat(what, json.getString("result"), equalTo("ERR"));
    assertThat(what, json.getInt("status"), is(status));
    assertThat(what, json.getInt("errCode"), is(status));
    assertThat(what, json.getString("date"), matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z"));
    assertThat(what, json.getString("detail"), not(nullValue()));
    if (messageKey != null) {
      assertThat(what, json.getString("message"), equalTo(messageKey));
    } else {
      assertThat(what, json.getString("message"), startsWith("errMsg_"));
    }
  }

  private static String detail(RawHttp.Answer answer) {
    return JsonPath.from(answer.body()).getString("detail");
  }

  private static RawHttp.Answer post(Tokens.User user, String path, String body) throws Exception {
    return send("POST", user, path, body);
  }

  private static RawHttp.Answer send(
      String method, Tokens.User user, String path, String body, String... headers)
      throws Exception {
    String[] all = new String[headers.length + 2];
    all[0] = "Authorization: Bearer " + user.token();
    boolean typed = false;
    for (int i = 0; i < headers.length; i++) {
      all[i + 1] = headers[i];
      typed |= headers[i].startsWith("Content-Type");
    }
    all[headers.length + 1] =
        typed || body == null ? "X-Test: 1" : "Content-Type: application/json";
    return RawHttp.send(method, path, body, all);
  }

  /** A valid reservation body for the listing, with {@code extra} fields added at the end. */
  private String reservation(String extra) {
    LocalDate checkIn = LocalDate.now().plusDays(20);
    return ("{\"listingId\":\"%s\",\"checkIn\":\"%s\",\"checkOut\":\"%s\","
            + "\"guestCount\":2,\"totalPrice\":257.5,%s}")
        .formatted(listing, checkIn, checkIn.plusDays(2), extra);
  }

  private static String grant(String extra) {
    return "{\"permissionName\":\"a.b\",\"subjectUserId\":\"%s\",\"canDo\":true,%s}"
        .formatted(UUID.randomUUID(), extra);
  }

  private String listingJson(String title) {
    return ("{\"hostId\":\"%s\",\"title\":\"%s\",\"photos\":[\"https://img.example/1.jpg\"],"
            + "\"mainPhoto\":\"https://img.example/1.jpg\",\"address\":\"Somewhere 1\","
            + "\"propertyType\":\"apartment\",\"location\":\"Amsterdam\","
            + "\"timeZone\":\"Europe/Amsterdam\",\"nightlyPrice\":100.00,\"currency\":\"EUR\","
            + "\"cleaningFee\":25.00,\"platformFeeRate\":0.10,"
            + "\"cityTaxRule\":{\"type\":\"percentOfNightly\",\"percent\":5},\"maxGuests\":3,"
            + "\"approvalType\":\"instant\","
            + "\"bookingPolicy\":{\"minNights\":1,\"maxNights\":14,\"leadTimeDays\":0},"
            + "\"cancellationPolicy\":{\"preset\":\"moderate\"}}")
        .formatted(UUID.randomUUID(), title);
  }

  private long reservationsOfTenant() throws Exception {
    return TestDatabase.count(
        "select count(*) from booking.reservation where tenant_id = ?::uuid", tenant.toString());
  }

  private long listingsOfTenant() throws Exception {
    return TestDatabase.count(
        "select count(*) from booking.listing where tenant_id = ?::uuid", tenant.toString());
  }

  private long grantsOfTenant() throws Exception {
    return TestDatabase.count(
        "select count(*) from platform.permission_grant where tenant_id = ?::uuid",
        tenant.toString());
  }
}
