package com.marketplace.common.messaging;

import com.marketplace.common.api.RequestContext;
import com.marketplace.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes business transitions on a module's JMS topic as JSON text messages. The injected {@link
 * JMSContext} is the container's: inside a JTA transaction the send is part of it (XA), so
 * subscribers receive an event if and only if its transition commits.
 *
 * <p>Message: a {@code TextMessage} holding the {@link DomainEvent} as JSON, with the JMS
 * properties {@code eventType} and {@code tenantId} for selectors, and the event id as JMS
 * correlation id.
 */
@ApplicationScoped
public class DomainEvents {

  private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  @Inject
  @JMSConnectionFactory(JmsConnections.FACTORY)
  JMSContext jms;

  @Inject RequestContext request;

  /** Publishes on {@code topic} (a physical topic name, e.g. {@code enrollmentEvents}). */
  public DomainEvent publish(
      String topic,
      String type,
      UUID tenantId,
      String objectType,
      UUID objectId,
      Map<String, Object> before,
      Map<String, Object> after) {
    DomainEvent event =
        new DomainEvent(
            UUID.randomUUID(),
            type,
            tenantId,
            objectType,
            objectId,
            before,
            after,
            request.caller().map(Caller::userId).orElse(null),
            OffsetDateTime.now(ZoneOffset.UTC));
    jms.createProducer()
        .setProperty("eventType", type)
        .setProperty("tenantId", tenantId.toString())
        .setJMSCorrelationID(event.eventId().toString())
        .send(jms.createTopic(topic), JSON.toJson(event));
    return event;
  }
}
