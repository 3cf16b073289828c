package com.marketplace.it.booking;

import static com.marketplace.it.booking.BookingFixtures.as;
import static com.marketplace.it.booking.BookingFixtures.booked;
import static com.marketplace.it.booking.BookingFixtures.pay;
import static com.marketplace.it.booking.BookingFixtures.today;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.it.support.Platform;
import com.marketplace.it.support.PlatformTest;
import com.marketplace.it.support.TestDatabase;
import com.marketplace.it.support.Tokens;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Reference data arriving on the queue {@code bookingReferenceData}: applied once per message id.
 */
@PlatformTest
class BookingMessagingIT {

  private final BookingFixtures world = new BookingFixtures();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Platform.ear()
        .addAsModule(
            ShrinkWrap.create(WebArchive.class, "bookingprobe.war")
                .addClasses(
                    QueueSender.class,
                    ReceivedEvents.class,
                    BookingEventsListener.class,
                    BookingEventRecorder.class,
                    RunJobs.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml"));
  }

  @Test
  void aListingMessageUpsertsTheListingAndItsRedeliveryChangesNothing() throws Exception {
    String listing = UUID.randomUUID().toString();
    String messageId = UUID.randomUUID().toString();
    send(messageId, listingMessage(listing, "First title"));
    awaitListing(listing);

    send(messageId, listingMessage(listing, "Second title")); // the same message again
    send(UUID.randomUUID().toString(), profileMessage()); // a later message, as a marker
    awaitProfile();
    Thread.sleep(1_000); // consumers run in parallel: give the redelivery time to be (not) applied

    as(world.admin)
        .get("/v1/listings/" + listing)
        .then()
        .statusCode(200)
        .body("listing.title", equalTo("First title"))
        .body("listing.hostId", equalTo(world.host.id().toString()));
  }

  @Test
  void aListingMessageTheAdminRouteWouldRefuseIsNotApplied() throws Exception {
    String listing = UUID.randomUUID().toString();
    send(UUID.randomUUID().toString(), listingMessage(listing, "x".repeat(201)));
    send(UUID.randomUUID().toString(), profileMessage()); // a later message, as a marker
    awaitProfile();
    Thread.sleep(1_000); // consumers run in parallel: give the refused one time to be (not) applied

    as(world.admin).get("/v1/listings/" + listing).then().statusCode(404);
    assertThat(
        TestDatabase.count("select count(*) from booking.listing where id = ?::uuid", listing),
        is(0L));
  }

  @Test
  void aUserProfileMessageFeedsTheHostDetailsJoin() throws Exception {
    send(UUID.randomUUID().toString(), profileMessage());
    awaitProfile();
    assertThat(
        TestDatabase.column(
                "select fullname from booking.user_profile where user_id = ?::uuid",
                world.host.id())
            .get(0),
        is("Queue Host"));
  }

  @Test
  void aReservationsTransitionsArePublishedOnTheBookingEventsTopic() throws Exception {
    Tokens.User guest = world.guest();
    String listing = world.instantListing();
    String id = booked(guest, listing, today("Europe/Amsterdam").plusDays(9), 2);
    pay(guest, id).then().statusCode(200);
    as(guest).delete("/v1/reservations/" + id).then().statusCode(200);

    List<String> types = awaitEvents(id, 4);

    assertThat(
        types,
        contains(
            "reservation.created",
            "reservation.paymentChanged",
            "reservation.paymentChanged",
            "reservation.cancelled"));
    String cancelled = Platform.module("bookingprobe").get("/received").then().extract().asString();
    List<Map<String, Object>> events = JsonPath.from(cancelled).getList("");
    Map<String, Object> last =
        events.stream()
            .filter(
                e -> id.equals(e.get("objectId")) && "reservation.cancelled".equals(e.get("type")))
            .findFirst()
            .orElseThrow();
    assertThat(((Map<?, ?>) last.get("before")).get("bookingStatus"), equalTo("confirmed"));
    assertThat(((Map<?, ?>) last.get("after")).get("bookingStatus"), equalTo("cancelled"));
    assertThat(last.get("tenantId"), equalTo(world.tenant.toString()));
    assertThat(last.get("actorId"), equalTo(guest.id().toString()));
  }

  @Test
  void theCompletionJobCompletesPaidStaysWhoseCheckOutDayHasCome() throws Exception {
    Tokens.User guest = world.guest();
    String listing = world.instantListing();
    String paid = booked(guest, listing, today("Europe/Amsterdam").plusDays(3), 2);
    pay(guest, paid).then().statusCode(200);
    String unpaid = booked(guest, listing, today("Europe/Amsterdam").plusDays(6), 2);
    LocalDate past = today("Europe/Amsterdam").minusDays(4);
    TestDatabase.execute(
        "update booking.reservation set check_in = ?, check_out = ? where id = ?::uuid",
        past,
        past.plusDays(2),
        UUID.fromString(paid));
    TestDatabase.execute(
        "update booking.reservation set check_in = ?, check_out = ? where id = ?::uuid",
        past.plusDays(2),
        past.plusDays(4),
        UUID.fromString(unpaid));

    Platform.module("bookingprobe").post("/jobs/completeStays").then().statusCode(200);

    as(guest)
        .get("/v1/reservations/" + paid)
        .then()
        .body("reservation.bookingStatus", equalTo("complete"));
    as(guest)
        .get("/v1/reservations/" + unpaid)
        .then()
        .body("reservation.bookingStatus", equalTo("pending"));
    assertThat(awaitEvents(paid, 3), hasItem("reservation.complete"));
  }

  @Test
  void unpaidReservationsAndUnansweredRequestsExpireAndFreeTheirNights() throws Exception {
    Tokens.User guest = world.guest();
    String listing = world.instantListing();
    LocalDate checkIn = today("Europe/Amsterdam").plusDays(20);
    String abandoned = booked(guest, listing, checkIn, 2);
    String paid = booked(guest, listing, checkIn.plusDays(2), 2);
    pay(guest, paid).then().statusCode(200);
    String fresh = booked(guest, listing, checkIn.plusDays(4), 2);
    String unanswered =
        booked(guest, world.listing("Europe/Amsterdam", "manual", "moderate"), checkIn, 2);
    TestDatabase.execute(
        "update booking.reservation set updated_at = now() - interval '2 hours'"
            + " where id in (?::uuid, ?::uuid)",
        UUID.fromString(abandoned),
        UUID.fromString(paid));
    TestDatabase.execute(
        "update booking.reservation set updated_at = now() - interval '2 days' where id = ?::uuid",
        UUID.fromString(unanswered));

    Platform.module("bookingprobe").post("/jobs/expireUnpaid").then().statusCode(200);

    as(guest)
        .get("/v1/reservations/" + abandoned)
        .then()
        .body("reservation.bookingStatus", equalTo("cancelled"));
    as(guest)
        .get("/v1/reservations/" + paid)
        .then()
        .body("reservation.bookingStatus", equalTo("confirmed"));
    as(guest)
        .get("/v1/reservations/" + fresh)
        .then()
        .body("reservation.bookingStatus", equalTo("pending"));
    as(guest)
        .get("/v1/reservations/" + unanswered)
        .then()
        .body("reservation.bookingStatus", equalTo("declined"));
    booked(Tokens.user(guest.tenant(), "guest"), listing, checkIn, 2); // the nights are free again
    assertThat(awaitEvents(abandoned, 2), hasItem("reservation.expired"));
  }

  /**
   * The types of the events about {@code objectId}, in the order received, once there are enough.
   */
  private static List<String> awaitEvents(String objectId, int count) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (true) {
      List<Map<String, Object>> events =
          JsonPath.from(Platform.module("bookingprobe").get("/received").asString()).getList("");
      List<String> types =
          events.stream()
              .filter(e -> objectId.equals(e.get("objectId")))
              .sorted(Comparator.comparing(e -> OffsetDateTime.parse((String) e.get("occurredAt"))))
              .map(e -> (String) e.get("type"))
              .toList();
      if (types.size() >= count || Instant.now().isAfter(deadline)) {
        return types;
      }
      Thread.sleep(200);
    }
  }

  private String listingMessage(String listing, String title) throws Exception {
    Map<String, Object> body = world.listingBody("Europe/Amsterdam", "instant", "flexible");
    body.put("title", title);
    return new ObjectMapper()
        .writeValueAsString(
            Map.of("type", "listing", "tenantId", world.tenant, "id", listing, "listing", body));
  }

  private String profileMessage() {
    return "{\"type\":\"userProfile\",\"tenantId\":\""
        + world.tenant
        + "\",\"id\":\""
        + world.host.id()
        + "\",\"userProfile\":{\"fullname\":\"Queue Host\",\"email\":\"q@example.test\"}}";
  }

  private static void send(String messageId, String body) {
    Platform.module("bookingprobe")
        .queryParam("messageId", messageId)
        .body(body)
        .post("/send")
        .then()
        .statusCode(204);
  }

  private void awaitListing(String listing) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (as(world.admin).get("/v1/listings/" + listing).statusCode() != 200) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("The listing message was not applied");
      }
      Thread.sleep(200);
    }
  }

  private void awaitProfile() throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (TestDatabase.count(
            "select count(*) from booking.user_profile where user_id = ?::uuid", world.host.id())
        == 0) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("The profile message was not applied");
      }
      Thread.sleep(200);
    }
  }
}
