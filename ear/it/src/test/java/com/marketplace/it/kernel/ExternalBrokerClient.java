package com.marketplace.it.kernel;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Enumeration;
import java.util.Optional;

/**
 * A client outside the server, as an integration runs it: OpenMQ's own {@code imq.jar} from the
 * unpacked Payara (on failsafe's class path only, hence the reflection), talking TCP to the test
 * domain's broker.
 */
final class ExternalBrokerClient {

  private final ConnectionFactory factory;

  ExternalBrokerClient(String host, int port) {
    try {
      Class<?> type = Class.forName("com.sun.messaging.ConnectionFactory");
      Object instance = type.getConstructor().newInstance();
      var setProperty = type.getMethod("setProperty", String.class, String.class);
      setProperty.invoke(instance, "imqAddressList", "mq://" + host + ":" + port);
      // one attempt: a refused login must surface, not be retried for minutes
      setProperty.invoke(instance, "imqReconnectEnabled", "false");
      setProperty.invoke(instance, "imqAddressListIterations", "1");
      setProperty.invoke(instance, "imqReconnectAttempts", "0");
      this.factory = (ConnectionFactory) instance;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("OpenMQ's imq.jar is not on the test class path", e);
    }
  }

  /** Opens a connection as {@code user}; the broker checks the password here. */
  void connect(String user, String password) throws JMSException {
    factory.createConnection(user, password).close();
  }

  /** Sends {@code json} as a text message to {@code queue}, as {@code user}; its JMS id. */
  String send(String user, String password, String queue, String json) throws JMSException {
    try (Connection connection = factory.createConnection(user, password);
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
      MessageProducer producer = session.createProducer(session.createQueue(queue));
      TextMessage message = session.createTextMessage(json);
      producer.send(message);
      return message.getJMSMessageID();
    }
  }

  /**
   * The refusal reason of the copy a consumer put on the dead message queue for the message with
   * JMS id {@code originalId}, as {@code consumer: reason}, once it is there (else empty after 20
   * s).
   */
  Optional<String> awaitDeadMessage(String user, String password, String originalId)
      throws JMSException, InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    try (Connection connection = factory.createConnection(user, password);
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
      connection.start();
      while (Instant.now().isBefore(deadline)) {
        try (QueueBrowser browser =
            session.createBrowser(
                session.createQueue("refusedMessages"),
                "originalMessageId = '" + originalId + "'")) {
          Enumeration<?> found = browser.getEnumeration();
          if (found.hasMoreElements()) {
            Message copy = (Message) found.nextElement();
            return Optional.of(
                copy.getStringProperty("refusedBy")
                    + ": "
                    + copy.getStringProperty("refusalReason"));
          }
        }
        Thread.sleep(250);
      }
    }
    return Optional.empty();
  }
}
