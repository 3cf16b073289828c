package com.marketplace.it.events;

import com.marketplace.common.messaging.JmsConnections;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** A test consumer of the enrollment module's event topic, as an integration would subscribe. */
@JMSDestinationDefinition(
    name = "java:app/jms/testEnrollmentEvents",
    interfaceName = "jakarta.jms.Topic",
    destinationName = "enrollmentEvents")
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "userName", propertyValue = JmsConnections.USER),
      @ActivationConfigProperty(propertyName = "password", propertyValue = JmsConnections.PASSWORD),
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:app/jms/testEnrollmentEvents"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic")
    })
public class EnrollmentEventsListener implements MessageListener {

  @EJB EventRecorder recorder;

  @Override
  public void onMessage(Message message) {
    try {
      recorder.record(message.getBody(String.class));
    } catch (JMSException e) {
      throw new IllegalStateException(e);
    }
  }
}
