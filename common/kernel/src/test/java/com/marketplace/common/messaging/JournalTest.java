package com.marketplace.common.messaging;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;

import com.marketplace.common.audit.Auditor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The journal records a transition in the audit trail field by field and publishes it once. */
class JournalTest {

  private static final EventChannel CHANNEL = new EventChannel("shop", "shopEvents");
  private static final UUID TENANT = UUID.randomUUID();
  private static final UUID ORDER = UUID.randomUUID();

  private final List<String> audited = new ArrayList<>();
  private static final TransactionConnection TRANSACTION =
      () -> {
        throw new AssertionError("the journal leaves the connection to DomainEvents");
      };

  private final List<String> published = new ArrayList<>();
  private final Journal journal = new Journal();

  JournalTest() {
    journal.auditor =
        new Auditor() {
          @Override
          public void transition(
              UUID tenantId,
              String objectType,
              UUID objectId,
              String field,
              Object from,
              Object to) {
            audited.add(objectType + "." + field + ": " + from + " -> " + to);
          }
        };
    journal.events =
        new DomainEvents() {
          @Override
          public DomainEvent publish(
              EventChannel channel,
              TransactionConnection transaction,
              String type,
              UUID tenantId,
              String objectType,
              UUID objectId,
              Map<String, Object> before,
              Map<String, Object> after) {
            String on = transaction == TRANSACTION ? "" : " (another connection)";
            published.add(channel.topic() + " " + type + " " + before + " -> " + after + on);
            return null;
          }
        };
  }

  @Test
  void aCreatedObjectIsAuditedAsBecomingActiveAndPublishedWithoutABefore() {
    journal.record(
        CHANNEL,
        TRANSACTION,
        "order.created",
        TENANT,
        "order",
        ORDER,
        null,
        Map.of("status", "new"));

    assertThat(audited, contains("order.isActive: null -> true"));
    assertThat(published, contains("shopEvents order.created null -> {status=new}"));
  }

  @Test
  void aTransitionIsAuditedFieldByFieldAndPublishedOnce() {
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("status", "new");
    before.put("paidAt", null);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("status", "paid");
    after.put("paidAt", "2026-11-28T00:00Z");

    journal.record(CHANNEL, TRANSACTION, "order.paid", TENANT, "order", ORDER, before, after);

    assertThat(
        audited, contains("order.status: new -> paid", "order.paidAt: null -> 2026-11-28T00:00Z"));
    assertThat(
        published,
        contains(
            "shopEvents order.paid {status=new, paidAt=null}"
                + " -> {status=paid, paidAt=2026-11-28T00:00Z}"));
  }
}
