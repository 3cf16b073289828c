package com.marketplace.common.messaging;

import com.marketplace.common.tracing.Spans;
import com.marketplace.common.tracing.TracedMessages;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;

/**
 * Sends outbox events as the modules have always published them: a {@code TextMessage} holding the
 * event's JSON, the JMS properties {@code eventType} and {@code tenantId} for selectors, and the
 * event id as correlation id. The context is opened outside any JTA transaction, so each send is
 * its own (persistent, acknowledged by the broker before {@code send} returns).
 *
 * <p>An event written in a traced transaction also gets {@code traceparent}: with tracing on here,
 * that of a PRODUCER span of the send, child of the transition's span; otherwise the transition's
 * own, passed on unchanged.
 */
class JmsEventSender implements EventSender {

  private final JMSContext jms;

  JmsEventSender(ConnectionFactory factory) {
    this.jms = factory.createContext();
  }

  @Override
  public void send(OutboxEvent event) {
    JMSProducer producer =
        jms.createProducer()
            .setProperty("eventType", event.type())
            .setProperty("tenantId", event.tenantId().toString())
            .setJMSCorrelationID(event.eventId().toString());
    if (event.traceparent() == null) {
      producer.send(jms.createTopic(event.topic()), event.body());
      return;
    }
    Span span = Spans.start(event.topic() + " publish", SpanKind.PRODUCER, event.traceparent());
    String sent = Spans.traceparentOf(span);
    producer.setProperty(TracedMessages.PROPERTY, sent != null ? sent : event.traceparent());
    try {
      producer.send(jms.createTopic(event.topic()), event.body());
    } finally {
      span.end();
    }
  }

  @Override
  public void close() {
    jms.close();
  }
}
