package com.marketplace.it.booking;

import static com.marketplace.it.booking.BookingFixtures.as;
import static com.marketplace.it.booking.BookingFixtures.book;
import static com.marketplace.it.booking.BookingFixtures.booked;
import static com.marketplace.it.booking.BookingFixtures.today;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.DateTimeComponents;
import com.marketplace.it.support.Platform;
import com.marketplace.it.support.PlatformTest;
import com.marketplace.it.support.TestDatabase;
import com.marketplace.it.support.Tokens;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * iCal both ways: the export feed and a reservation's .ics parsed back with biweekly; imports from
 * a calendar served by this test (on 127.0.0.1, allowed for the test) and from uploads block nights
 * under the same exclusion constraint as reservations.
 */
@PlatformTest
class IcalIT {

  private static final String AMSTERDAM = "Europe/Amsterdam";

  private final BookingFixtures world = new BookingFixtures();
  private final Tokens.User guest = world.guest();
  private final AtomicReference<String> served = new AtomicReference<>("");
  private HttpServer calendars;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Platform.ear()
        .addAsModule(
            ShrinkWrap.create(WebArchive.class, "icaltest.war")
                .addClasses(AllowLocalCalendars.class, RunJobs.class));
  }

  @BeforeEach
  void serveACalendar() throws Exception {
    calendars = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    calendars.createContext(
        "/cal.ics",
        exchange -> {
          byte[] body = served.get().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/calendar");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    calendars.start();
  }

  @AfterEach
  void stop() {
    calendars.stop(0);
  }

  @Test
  void theListingFeedListsItsStaysAndParsesBack() {
    String listing = world.instantListing();
    LocalDate first = today(AMSTERDAM).plusDays(10);
    String one = booked(guest, listing, first, 2);
    String two = booked(world.guest(), listing, first.plusDays(2), 3);
    String feedUrl =
        as(world.host).get("/v1/listings/" + listing).then().extract().path("listing.iCalFeedUrl");
    assertThat(feedUrl, startsWith("/booking/v1/listings/" + listing + "/calendar.ics?token="));

    String feed =
        Platform.server()
            .get(feedUrl)
            .then()
            .statusCode(200)
            .contentType(startsWith("text/calendar"))
            .extract()
            .asString();

    List<VEvent> events = Biweekly.parse(feed).first().getEvents();
    assertThat(
        events.stream().map(e -> e.getUid().getValue()).toList(),
        containsInAnyOrder(one + "@booking.marketplace", two + "@booking.marketplace"));
    VEvent firstStay =
        events.stream().filter(e -> e.getUid().getValue().startsWith(one)).findFirst().get();
    assertThat(date(firstStay.getDateStart().getValue().getRawComponents()), equalTo(first));
    assertThat(
        date(firstStay.getDateEnd().getValue().getRawComponents()), equalTo(first.plusDays(2)));
    assertThat(firstStay.getDateStart().getValue().hasTime(), is(false));
    assertThat(firstStay.getSummary().getValue(), equalTo("Reserved"));
    Platform.server()
        .get("/booking/v1/listings/" + listing + "/calendar.ics?token=wrong")
        .then()
        .statusCode(404);
    as(guest).get("/v1/listings/" + listing).then().statusCode(403);
    as(Tokens.user(world.tenant, "host")).get("/v1/listings/" + listing).then().statusCode(403);
  }

  @Test
  void aReservationsIcsIsForItsParties() {
    String listing = world.instantListing();
    LocalDate checkIn = today(AMSTERDAM).plusDays(15);
    String id = booked(guest, listing, checkIn, 4);

    String ics =
        as(guest)
            .get("/v1/reservations/" + id + "/ical")
            .then()
            .statusCode(200)
            .extract()
            .asString();

    ICalendar calendar = Biweekly.parse(ics).first();
    assertThat(calendar.getEvents(), hasSize(1));
    assertThat(
        date(calendar.getEvents().get(0).getDateEnd().getValue().getRawComponents()),
        equalTo(checkIn.plusDays(4)));
    as(world.host).get("/v1/reservations/" + id + "/ical").then().statusCode(200);
    as(world.guest()).get("/v1/reservations/" + id + "/ical").then().statusCode(403);
  }

  @Test
  void anImportedCalendarBlocksNightsAndAResyncReplacesItsBlocks() throws Exception {
    String listing = world.instantListing();
    LocalDate d = today(AMSTERDAM).plusDays(30);
    served.set(calendar(event("a", d, d.plusDays(3)), event("b", d.plusDays(1), d.plusDays(4))));

    String source =
        as(world.host)
            .body(Map.of("url", url()))
            .post("/v1/listings/" + listing + "/icalimports")
            .then()
            .statusCode(201)
            .body("iCalImportSource.eventCount", equalTo(2))
            .extract()
            .path("iCalImportSource.id");

    book(guest, listing, d.plusDays(2), 2).then().statusCode(409);
    book(guest, listing, d.plusDays(4), 2).then().statusCode(201); // back-to-back with the block
    served.set(calendar(event("c", d.plusDays(10), d.plusDays(12))));
    as(world.host).post("/v1/icalimports/" + source + "/sync").then().statusCode(200);
    book(world.guest(), listing, d, 2).then().statusCode(201);
    book(world.guest(), listing, d.plusDays(11), 2).then().statusCode(409);

    as(world.host).delete("/v1/icalimports/" + source).then().statusCode(200);
    book(world.guest(), listing, d.plusDays(11), 2).then().statusCode(201);
  }

  @Test
  void theScheduledSyncReplacesEachUrlCalendarsBlocks() throws Exception {
    String listing = world.instantListing();
    LocalDate d = today(AMSTERDAM).plusDays(50);
    served.set(calendar(event("a", d, d.plusDays(2))));
    String source =
        as(world.host)
            .body(Map.of("url", url()))
            .post("/v1/listings/" + listing + "/icalimports")
            .then()
            .statusCode(201)
            .extract()
            .path("iCalImportSource.id");
    served.set(calendar(event("b", d.plusDays(5), d.plusDays(7))));

    Platform.module("icaltest").post("/jobs/syncCalendars").then().statusCode(200);

    book(guest, listing, d, 2).then().statusCode(201);
    book(world.guest(), listing, d.plusDays(5), 1).then().statusCode(409);
    as(world.host)
        .get("/v1/listings/" + listing + "/icalimports")
        .then()
        .body("iCalImportSources[0].id", equalTo(source))
        .body("iCalImportSources[0].lastError", nullValue());
  }

  @Test
  void anImportThatCollidesWithAReservationIsRefusedWhole() throws Exception {
    String listing = world.instantListing();
    LocalDate d = today(AMSTERDAM).plusDays(40);
    booked(guest, listing, d, 2);

    as(world.admin)
        .contentType("text/calendar")
        .body(
            calendar(
                event("x", d.plusDays(5), d.plusDays(6)), event("y", d.plusDays(1), d.plusDays(2))))
        .post("/v1/listings/" + listing + "/icalimports/upload")
        .then()
        .statusCode(409);

    assertThat(sourcesOf(listing), is(0L));
    book(world.guest(), listing, d.plusDays(5), 1).then().statusCode(201);
  }

  @Test
  void aMalformedCalendarIs400AndWritesNothing() throws Exception {
    String listing = world.instantListing();

    as(world.host)
        .contentType("text/calendar")
        .body("this is not a calendar")
        .post("/v1/listings/" + listing + "/icalimports/upload")
        .then()
        .statusCode(400)
        .body("message", equalTo("errMsg_iCalIsMalformed"));
    served.set(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    as(world.host)
        .body(Map.of("url", url()))
        .post("/v1/listings/" + listing + "/icalimports")
        .then()
        .statusCode(400);

    assertThat(sourcesOf(listing), is(0L));
  }

  @Test
  void loopbackPrivateAndNonHttpUrlsAreRefused() {
    String listing = world.instantListing();
    int port = calendars.getAddress().getPort();
    for (String url :
        List.of(
            "http://localhost:" + port + "/cal.ics",
            "http://[::1]:" + port + "/cal.ics",
            "http://169.254.169.254/latest/meta-data",
            "http://10.1.2.3/cal.ics",
            "ftp://calendar.example/cal.ics")) {
      as(world.host)
          .body(Map.of("url", url))
          .post("/v1/listings/" + listing + "/icalimports")
          .then()
          .statusCode(400);
    }
  }

  @Test
  void onlyTheHostOrAnAdminManagesImports() {
    String listing = world.instantListing();
    served.set(calendar());
    as(guest)
        .body(Map.of("url", url()))
        .post("/v1/listings/" + listing + "/icalimports")
        .then()
        .statusCode(403);
    as(world.host)
        .body(Map.of("url", url()))
        .post("/v1/listings/" + listing + "/icalimports")
        .then()
        .statusCode(201)
        .body("iCalImportSource.eventCount", equalTo(0));
    as(world.host)
        .get("/v1/listings/" + listing + "/icalimports")
        .then()
        .statusCode(200)
        .body("iCalImportSources", hasSize(1));
    as(Tokens.user(UUID.randomUUID(), "admin"))
        .get("/v1/listings/" + listing + "/icalimports")
        .then()
        .statusCode(404);
  }

  /**
   * Calendar servers that answer their headers and then trickle: each import waits on one of them
   * without a transaction or a database connection, so the pool stays free (no connection of the
   * server sits idle in a transaction) and other routes answer at once; each import gives up at the
   * fetch deadline with 422, writing nothing. (Payara's default HTTP pool has 5 threads: the test
   * keeps one of them for the other routes.)
   */
  @Test
  void slowCalendarServersHoldNoDatabaseConnectionAndAreCutOffAtTheDeadline() throws Exception {
    String listing = world.instantListing();
    int imports = 4;
    AtomicInteger connected = new AtomicInteger();
    try (ServerSocket trickling = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      Thread server = new Thread(() -> trickle(trickling, connected));
      server.setDaemon(true);
      server.start();
      String slowUrl = "http://127.0.0.1:" + trickling.getLocalPort() + "/slow.ics";
      ExecutorService clients = Executors.newFixedThreadPool(imports);
      List<Future<long[]>> answers = new ArrayList<>();
      for (int i = 0; i < imports; i++) {
        answers.add(
            clients.submit(
                () -> {
                  long started = System.nanoTime();
                  int status =
                      as(world.host)
                          .body(Map.of("url", slowUrl))
                          .post("/v1/listings/" + listing + "/icalimports")
                          .statusCode();
                  return new long[] {status, (System.nanoTime() - started) / 1_000_000};
                }));
      }
      long waitUntil = System.currentTimeMillis() + 2_000;
      while (connected.get() < imports && System.currentTimeMillis() < waitUntil) {
        Thread.sleep(50);
      }
      assertThat(connected.get(), is(imports));
      Thread.sleep(500);

      assertThat(
          TestDatabase.count(
              "select count(*) from pg_stat_activity where state like 'idle in transaction%'"
                  + " and now() - state_change > interval '300 milliseconds'"),
          is(0L));
      long started = System.nanoTime();
      as(world.host).get("/v1/listings/" + listing).then().statusCode(200);
      assertThat((System.nanoTime() - started) / 1_000_000, lessThan(1_500L));

      for (Future<long[]> answer : answers) {
        long[] outcome =
            answer.get(AllowLocalCalendars.DEADLINE_MS + 10_000L, TimeUnit.MILLISECONDS);
        assertThat(outcome[0], is(422L));
        assertThat(outcome[1], lessThan(AllowLocalCalendars.DEADLINE_MS + 3_000L));
      }
      clients.shutdownNow();
    }
    assertThat(sourcesOf(listing), is(0L));
  }

  /** Accepts each connection, sends headers promising a large body, then one byte a second. */
  private static void trickle(ServerSocket server, AtomicInteger connected) {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        connected.incrementAndGet();
        Thread drip =
            new Thread(
                () -> {
                  try (socket;
                      OutputStream out = socket.getOutputStream()) {
                    out.write(
                        ("HTTP/1.1 200 OK\r\nContent-Type: text/calendar\r\n"
                                + "Content-Length: 100000\r\n\r\nBEGIN:VCALENDAR\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    for (int i = 0; i < 60; i++) {
                      out.flush();
                      Thread.sleep(1_000);
                      out.write('X');
                    }
                  } catch (IOException | InterruptedException e) {
                    // the client gave up, as it should
                  }
                });
        drip.setDaemon(true);
        drip.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private String url() {
    return "http://127.0.0.1:" + calendars.getAddress().getPort() + "/cal.ics";
  }

  private static String calendar(String... events) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//other platform//EN\r\n"
        + String.join("", events)
        + "END:VCALENDAR\r\n";
  }

  private static String event(String uid, LocalDate start, LocalDate end) {
    return "BEGIN:VEVENT\r\nUID:"
        + uid
        + "\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:"
        + start.toString().replace("-", "")
        + "\r\nDTEND;VALUE=DATE:"
        + end.toString().replace("-", "")
        + "\r\nSUMMARY:Not available\r\nEND:VEVENT\r\n";
  }

  private static LocalDate date(DateTimeComponents c) {
    return LocalDate.of(c.getYear(), c.getMonth(), c.getDate());
  }

  private static long sourcesOf(String listing) throws Exception {
    return TestDatabase.count(
        "select count(*) from booking.ical_import_source where listing_id = ?::uuid", listing);
  }
}
