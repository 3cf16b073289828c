package com.marketplace.it.booking;

import static com.marketplace.it.booking.BookingFixtures.booked;
import static com.marketplace.it.booking.BookingFixtures.today;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import com.marketplace.it.support.Platform;
import com.marketplace.it.support.PlatformTest;
import com.marketplace.it.support.TestDatabase;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Domain events go through the module's outbox: published if and only if their transaction
 * committed, at least once, and a subscriber that deduplicates by {@code eventId} applies each once
 * (docs/messaging-outbox.md). The relay sweeps every 5 s (the default).
 */
@PlatformTest
class DomainEventOutboxIT {

  private static final Duration SWEEP = Duration.ofSeconds(5);

  private final BookingFixtures world = new BookingFixtures();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Platform.ear()
        .addAsModule(
            ShrinkWrap.create(WebArchive.class, "outboxprobe.war")
                .addClasses(
                    OutboxProbe.class,
                    OutboxProbeListener.class,
                    OutboxProbeRecorder.class,
                    OutboxProbePublisher.class,
                    OutboxProbePublisher.WorkFailed.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml"));
  }

  @Test
  void aCommittedReservationReachesTheSubscriberOnceAsTheModuleAlwaysPublishedIt()
      throws Exception {
    String reservation = booked(world.guest(), world.instantListing(), inDays(30), 2);

    Map<String, Object> delivery =
        awaitDeliveries(d -> reservation.equals(body(d).getString("objectId")), 1).get(0);
    String eventId = (String) delivery.get("eventId");
    awaitSent(eventId);
    Thread.sleep(1_000); // a second copy would be in flight now

    List<Map<String, Object>> copies = deliveriesOf(eventId);
    assertThat(copies, hasSize(1));
    assertThat(copies.get(0).get("applied"), is(true));
    assertThat(delivery.get("eventType"), equalTo("reservation.created"));
    assertThat(delivery.get("tenantId"), equalTo(world.tenant.toString()));
    JsonPath event = body(delivery);
    assertThat(event.getString("eventId"), equalTo(eventId));
    assertThat(event.getString("type"), equalTo("reservation.created"));
    assertThat(event.getString("tenantId"), equalTo(world.tenant.toString()));
    assertThat(
        TestDatabase.count(
            "select count(*) from booking.outbox_event where event_id = ?::uuid", eventId),
        is(1L));
  }

  @Test
  void aTransactionThatRollsBackPublishesNothing() throws Exception {
    UUID rolledBack = UUID.randomUUID();
    publish(rolledBack, true).then().statusCode(409);
    UUID marker = UUID.randomUUID();
    publish(marker, false).then().statusCode(200);

    // the relay sends in outbox order: once the later event arrived, the earlier one would have
    awaitDeliveries(d -> marker.toString().equals(body(d).getString("objectId")), 1);

    assertThat(deliveriesAbout(rolledBack), empty());
    assertThat(
        TestDatabase.count(
            "select count(*) from booking.outbox_event where body::jsonb ->> 'objectId' = ?",
            rolledBack.toString()),
        is(0L));
  }

  @Test
  void eventsWaitInTheOutboxWhileTheRelayCannotRunAndAreDeliveredOnceAfter() throws Exception {
    String reservation;
    try (Connection otherNode = TestDatabase.connect()) {
      otherNode.setAutoCommit(false);
      holdRelayLock(otherNode); // another relay "holds" the booking outbox and never finishes

      reservation = booked(world.guest(), world.instantListing(), inDays(40), 2);
      Thread.sleep(SWEEP.plusSeconds(2).toMillis()); // the kick after commit and one sweep pass

      assertThat(deliveriesAbout(reservation), empty());
      assertThat(
          TestDatabase.count(
              "select count(*) from booking.outbox_event"
                  + " where body::jsonb ->> 'objectId' = ? and sent_at is null",
              reservation),
          is(1L));
      otherNode.rollback(); // the lock goes with the transaction, as with a node that died
    }

    Map<String, Object> delivery =
        awaitDeliveries(d -> reservation.equals(body(d).getString("objectId")), 1).get(0);
    String eventId = (String) delivery.get("eventId");
    awaitSent(eventId);
    Thread.sleep(1_000);
    assertThat(deliveriesOf(eventId), hasSize(1));
  }

  @Test
  void anEventTheRelaySendsAgainIsAppliedOnceByADeduplicatingSubscriber() throws Exception {
    UUID object = UUID.randomUUID();
    String refuse = "it_refuse_marking_" + object.toString().replace('-', '_');
    // the relay sends this event, then cannot mark it sent (as if it crashed before its commit)
    TestDatabase.execute(
        "create function booking."
            + refuse
            + "() returns trigger language plpgsql as $$ begin"
            + " if new.body like '%"
            + object
            + "%' then raise exception 'marking refused by the test'; end if;"
            + " return new; end $$");
    TestDatabase.execute(
        "create trigger "
            + refuse
            + " before update on booking.outbox_event for each row execute function booking."
            + refuse
            + "()");
    String eventId;
    try {
      eventId = publish(object, false).then().statusCode(200).extract().asString();
      awaitDeliveries(d -> eventId.equals(d.get("eventId")), 2); // after commit, then a sweep
    } finally {
      TestDatabase.execute("drop trigger if exists " + refuse + " on booking.outbox_event");
      TestDatabase.execute("drop function if exists booking." + refuse + "()");
    }
    awaitSent(eventId);
    Thread.sleep(1_000);

    List<Map<String, Object>> copies = deliveriesOf(eventId);
    assertThat(copies.size(), greaterThanOrEqualTo(2));
    assertThat(copies.stream().filter(d -> Boolean.TRUE.equals(d.get("applied"))).count(), is(1L));
  }

  private static java.time.LocalDate inDays(int days) {
    return today("Europe/Amsterdam").plusDays(days);
  }

  private io.restassured.response.Response publish(UUID object, boolean fail) {
    return Platform.module("outboxprobe")
        .queryParam("tenantId", world.tenant)
        .queryParam("objectId", object)
        .queryParam("fail", fail)
        .post("/outbox/publish");
  }

  private static void holdRelayLock(Connection connection) throws Exception {
    try (PreparedStatement lock =
        connection.prepareStatement(
            "select pg_advisory_xact_lock(hashtext('marketplace.outbox'),"
                + " hashtext('booking.outbox_event'))")) {
      lock.execute();
    }
  }

  private static JsonPath body(Map<String, Object> delivery) {
    return JsonPath.from((String) delivery.get("body"));
  }

  private static List<Map<String, Object>> deliveries() {
    return JsonPath.from(Platform.module("outboxprobe").get("/outbox/deliveries").asString())
        .getList("");
  }

  private static List<Map<String, Object>> deliveriesOf(String eventId) {
    return deliveries().stream().filter(d -> eventId.equals(d.get("eventId"))).toList();
  }

  private static List<Map<String, Object>> deliveriesAbout(Object objectId) {
    return deliveries().stream()
        .filter(d -> objectId.toString().equals(body(d).getString("objectId")))
        .toList();
  }

  private static List<Map<String, Object>> awaitDeliveries(
      Predicate<Map<String, Object>> which, int count) throws InterruptedException {
    Instant deadline = Instant.now().plus(SWEEP.multipliedBy(4));
    while (true) {
      List<Map<String, Object>> found = deliveries().stream().filter(which).toList();
      if (found.size() >= count) {
        return found;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Expected " + count + " deliveries, got " + found);
      }
      Thread.sleep(200);
    }
  }

  private static void awaitSent(String eventId) throws Exception {
    Instant deadline = Instant.now().plus(SWEEP.multipliedBy(4));
    while (TestDatabase.count(
            "select count(*) from booking.outbox_event"
                + " where event_id = ?::uuid and sent_at is not null",
            eventId)
        == 0) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Event " + eventId + " was never marked sent");
      }
      Thread.sleep(200);
    }
  }
}
