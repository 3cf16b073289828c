package com.marketplace.testsupport;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A subscriber of the event topics on a broker (the cluster's one, or the standalone broker of the
 * Micro instances), with OpenMQ's own client and the server's account (the only one the access
 * rules let consume topics). It counts deliveries per {@code eventId} (the JMS correlation id) and
 * remembers each event's object id.
 */
public final class EventSubscriber implements AutoCloseable {

  private final JMSContext jms;
  private final List<JMSConsumer> consumers;
  private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
  private final Map<String, String> objectOfEvent = new ConcurrentHashMap<>();

  public EventSubscriber(String address, String user, String password, String... topics)
      throws JMSException {
    jms = openMqFactory(address).createContext(user, password, JMSContext.AUTO_ACKNOWLEDGE);
    consumers =
        java.util.Arrays.stream(topics)
            .map(topic -> jms.createConsumer(jms.createTopic(topic)))
            .toList();
    consumers.forEach(consumer -> consumer.setMessageListener(this::received));
  }

  /**
   * OpenMQ's {@code com.sun.messaging.ConnectionFactory}, by reflection: its {@code imq.jar} comes
   * from the unpacked Payara at test time (failsafe's class path), not from Maven.
   */
  private static ConnectionFactory openMqFactory(String address) {
    try {
      Object factory =
          Class.forName("com.sun.messaging.ConnectionFactory").getConstructor().newInstance();
      factory
          .getClass()
          .getMethod("setProperty", String.class, String.class)
          .invoke(factory, "imqAddressList", address);
      return (ConnectionFactory) factory;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("OpenMQ's client (imq.jar) is not on the class path", e);
    }
  }

  private void received(Message message) {
    try {
      String eventId = message.getJMSCorrelationID();
      deliveries.computeIfAbsent(eventId, id -> new AtomicInteger()).incrementAndGet();
      String body = message.getBody(String.class);
      int at = body.indexOf("\"objectId\":\"");
      if (at >= 0) {
        int start = at + "\"objectId\":\"".length();
        objectOfEvent.put(eventId, body.substring(start, body.indexOf('"', start)));
      }
    } catch (JMSException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How many times each event arrived. */
  public Map<String, Integer> deliveries() {
    Map<String, Integer> copy = new java.util.HashMap<>();
    deliveries.forEach((id, count) -> copy.put(id, count.get()));
    return copy;
  }

  /** Whether some event about {@code objectId} arrived. */
  public boolean sawObject(String objectId) {
    return objectOfEvent.containsValue(objectId);
  }

  @Override
  public void close() {
    consumers.forEach(JMSConsumer::close);
    jms.close();
  }
}
