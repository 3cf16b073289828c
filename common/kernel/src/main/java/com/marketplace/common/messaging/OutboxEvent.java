package com.marketplace.common.messaging;

import java.util.UUID;

/**
 * A committed event waiting in an outbox, as the relay sends it.
 *
 * @param position the row's place in the outbox: the relay sends in this order
 * @param body the message text: the {@link DomainEvent} as JSON
 * @param traceparent the event's {@code traceparent} (from its body), or null
 */
public record OutboxEvent(
    long position,
    UUID eventId,
    String topic,
    String type,
    UUID tenantId,
    String body,
    String traceparent) {}
