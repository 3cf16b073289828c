package com.marketplace.it.kernel;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.marketplace.it.retention.RunRetention;
import com.marketplace.it.support.Platform;
import com.marketplace.it.support.PlatformTest;
import com.marketplace.it.support.TestDatabase;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tables that only grow are trimmed by the retention job with its default windows: idempotency
 * records after 48 hours, inbound messages and processed Stripe events after 30 days, sent outbox
 * rows after 7 days (unsent ones never). Rows just inside a window stay, rows just past it go.
 */
@PlatformTest
class RetentionIT {

  private final UUID tenant = UUID.randomUUID();
  private final UUID user = UUID.randomUUID();
  private final String id = UUID.randomUUID().toString();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Platform.ear()
        .addAsModule(
            ShrinkWrap.create(WebArchive.class, "retentiontest.war").addClass(RunRetention.class));
  }

  @BeforeEach
  void arrangeRowsEitherSideOfEachWindow() throws Exception {
    for (String age : new String[] {"47 hours", "49 hours"}) {
      TestDatabase.execute(
          "insert into platform.idempotency_record"
              + " (tenant_id, user_id, idempotency_key, request_hash, state, created_at)"
              + " values (?::uuid, ?::uuid, ?, 'h', 'completed', now() - ?::interval)",
          tenant.toString(),
          user.toString(),
          id + "/" + age,
          age);
    }
    for (String age : new String[] {"29 days", "31 days"}) {
      TestDatabase.execute(
          "insert into platform.inbound_message (consumer, message_id, processed_at)"
              + " values ('retention-it', ?, now() - ?::interval)",
          id + "/" + age,
          age);
      TestDatabase.execute(
          "insert into payments.processed_webhook_event (event_id, event_type, processed_at)"
              + " values (?, 'payment_intent.succeeded', now() - ?::interval)",
          "evt_" + id + "/" + age,
          age);
    }
    for (String age : new String[] {"6 days", "8 days"}) {
      outboxEvent(age, age, true);
    }
    outboxEvent("unsent", "30 days", false); // waiting for the broker: kept, however old
  }

  /** A row of the booking outbox created {@code age} ago, and sent then if {@code sent}. */
  private void outboxEvent(String label, String age, boolean sent) throws Exception {
    TestDatabase.execute(
        "insert into booking.outbox_event"
            + " (event_id, topic, event_type, tenant_id, body, created_at, sent_at)"
            + " values (gen_random_uuid(), 'retentionItEvents', ?, ?::uuid, '{}',"
            + " now() - ?::interval, case when ? then now() - ?::interval end)",
        id + "/" + label,
        tenant.toString(),
        age,
        sent,
        age);
  }

  @Test
  void theJobDeletesRowsPastTheirWindowAndKeepsTheRest() throws Exception {
    Platform.module("retentiontest").post("/sweep").then().statusCode(200);

    assertThat(idempotencyRecord("49 hours"), is(0L));
    assertThat(idempotencyRecord("47 hours"), is(1L));
    assertThat(inboundMessage("31 days"), is(0L));
    assertThat(inboundMessage("29 days"), is(1L));
    assertThat(webhookEvent("31 days"), is(0L));
    assertThat(webhookEvent("29 days"), is(1L));
    assertThat(outboxEvent("8 days"), is(0L));
    assertThat(outboxEvent("6 days"), is(1L));
    assertThat(outboxEvent("unsent"), is(1L));
  }

  private long outboxEvent(String label) throws Exception {
    return TestDatabase.count(
        "select count(*) from booking.outbox_event where event_type = ?", id + "/" + label);
  }

  private long idempotencyRecord(String age) throws Exception {
    return TestDatabase.count(
        "select count(*) from platform.idempotency_record where idempotency_key = ?",
        id + "/" + age);
  }

  private long inboundMessage(String age) throws Exception {
    return TestDatabase.count(
        "select count(*) from platform.inbound_message where message_id = ?", id + "/" + age);
  }

  private long webhookEvent(String age) throws Exception {
    return TestDatabase.count(
        "select count(*) from payments.processed_webhook_event where event_id = ?",
        "evt_" + id + "/" + age);
  }
}
