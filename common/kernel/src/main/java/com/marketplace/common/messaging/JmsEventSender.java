package com.marketplace.common.messaging;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;

/**
 * Sends outbox events as the modules have always published them: a {@code TextMessage} holding the
 * event's JSON, the JMS properties {@code eventType} and {@code tenantId} for selectors, and the
 * event id as correlation id. The context is opened outside any JTA transaction, so each send is
 * its own (persistent, acknowledged by the broker before {@code send} returns).
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
    producer.send(jms.createTopic(event.topic()), event.body());
  }

  @Override
  public void close() {
    jms.close();
  }
}
