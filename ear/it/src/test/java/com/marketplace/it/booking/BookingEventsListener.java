package com.marketplace.it.booking;

import com.marketplace.common.messaging.JmsConnections;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Test-only: a subscriber of the booking module's event topic, as an integration would be. */
@JMSDestinationDefinition(
    name = "java:app/jms/testBookingEvents",
    interfaceName = "jakarta.jms.Topic",
    destinationName = "bookingEvents")
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "userName", propertyValue = JmsConnections.USER),
      @ActivationConfigProperty(propertyName = "password", propertyValue = JmsConnections.PASSWORD),
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:app/jms/testBookingEvents"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic")
    })
public class BookingEventsListener implements MessageListener {

  @EJB BookingEventRecorder recorder;

  @Override
  public void onMessage(Message message) {
    try {
      recorder.record(message.getBody(String.class));
    } catch (JMSException e) {
      throw new IllegalStateException(e);
    }
  }
}
