package com.marketplace.common.messaging;

import com.marketplace.common.audit.Auditor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A business transition, recorded twice in the caller's transaction: in the audit trail (one entry
 * per field that changed) and as an event on a module's channel (its outbox table and JMS topic),
 * so both happen if and only if the transition commits. Each module keeps its own journal on top
 * (its channel, its event types, which fields of its objects an event shows).
 */
@ApplicationScoped
public class Journal {

  @Inject Auditor auditor;
  @Inject DomainEvents events;

  /**
   * Records the move of {@code objectType}'s fields from {@code before} to {@code after} (same
   * keys; {@code before} null: the object was just created) and publishes {@code eventType}, e.g.
   * {@code reservation.confirmed}, on {@code channel}, writing its outbox row on {@code
   * transaction}'s connection.
   */
  public void record(
      EventChannel channel,
      TransactionConnection transaction,
      String eventType,
      UUID tenantId,
      String objectType,
      UUID objectId,
      Map<String, Object> before,
      Map<String, Object> after) {
    if (before == null) {
      auditor.created(tenantId, objectType, objectId);
    } else {
      after.forEach(
          (field, value) ->
              auditor.transition(tenantId, objectType, objectId, field, before.get(field), value));
    }
    events.publish(
        channel,
        transaction,
        eventType,
        tenantId,
        objectType,
        objectId,
        before == null ? null : new LinkedHashMap<>(before),
        new LinkedHashMap<>(after));
  }
}
