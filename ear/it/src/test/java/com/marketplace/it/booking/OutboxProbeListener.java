package com.marketplace.it.booking;

import com.marketplace.common.messaging.InboundMessages;
import com.marketplace.common.messaging.JmsConnections;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Test-only: a subscriber of {@code bookingEvents} that behaves as the documented consumer should,
 * applying each event once by its {@code eventId} (the JMS correlation id), and that records every
 * delivery, applied or not.
 */
@JMSDestinationDefinition(
    name = "java:app/jms/outboxProbeBookingEvents",
    interfaceName = "jakarta.jms.Topic",
    destinationName = "bookingEvents")
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "userName", propertyValue = JmsConnections.USER),
      @ActivationConfigProperty(propertyName = "password", propertyValue = JmsConnections.PASSWORD),
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:app/jms/outboxProbeBookingEvents"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic")
    })
public class OutboxProbeListener implements MessageListener {

  @EJB OutboxProbeRecorder recorder;
  @Inject InboundMessages inbound;

  @Override
  public void onMessage(Message message) {
    try {
      String eventId = message.getJMSCorrelationID();
      boolean applied = inbound.firstDelivery("it.outboxProbe", eventId);
      recorder.record(
          eventId,
          message.getStringProperty("eventType"),
          message.getStringProperty("tenantId"),
          message.getBody(String.class),
          applied);
    } catch (JMSException e) {
      throw new IllegalStateException(e);
    }
  }
}
