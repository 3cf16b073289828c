package com.marketplace.common.messaging;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A business transition as published on a module's event topic (JSON): which object of which tenant
 * went from {@code before} to {@code after}, when, and who did it (null: the system).
 *
 * @param type e.g. {@code enrollment.activated}
 * @param traceparent the W3C trace context of the work that made the transition, which the relay
 *     sends on as the message's {@code traceparent} property; null when tracing is off
 */
public record DomainEvent(
    UUID eventId,
    String type,
    UUID tenantId,
    String objectType,
    UUID objectId,
    Map<String, Object> before,
    Map<String, Object> after,
    UUID actorId,
    OffsetDateTime occurredAt,
    String traceparent) {

  public DomainEvent {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(objectId, "objectId");
  }
}
