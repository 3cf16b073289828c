package com.marketplace.it.booking;

import com.marketplace.common.messaging.JmsConnections;
import com.marketplace.common.tracing.TracedMessages;
import io.opentelemetry.api.trace.Span;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.interceptor.Interceptors;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test-only: a subscriber of {@code bookingEvents} traced as the application's consumers are
 * ({@link TracedMessages}); it records, per delivery, the {@code traceparent} the message came with
 * and the trace its own work ran in.
 */
@JMSDestinationDefinition(
    name = "java:app/jms/traceProbeBookingEvents",
    interfaceName = "jakarta.jms.Topic",
    destinationName = "bookingEvents")
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "userName", propertyValue = JmsConnections.USER),
      @ActivationConfigProperty(propertyName = "password", propertyValue = JmsConnections.PASSWORD),
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:app/jms/traceProbeBookingEvents"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic")
    })
@Interceptors(TracedMessages.class)
public class TraceProbeListener implements MessageListener {

  static final List<Map<String, String>> DELIVERIES = new CopyOnWriteArrayList<>();

  @Override
  public void onMessage(Message message) {
    try {
      String property = message.getStringProperty("traceparent");
      DELIVERIES.add(
          Map.of(
              "body", message.getBody(String.class),
              "traceparent", property == null ? "" : property,
              "consumerTraceId", Span.current().getSpanContext().getTraceId()));
    } catch (JMSException e) {
      throw new IllegalStateException(e);
    }
  }
}
