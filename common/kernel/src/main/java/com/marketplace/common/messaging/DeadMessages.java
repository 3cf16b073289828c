package com.marketplace.common.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Where refused inbound messages go: OpenMQ's dead message queue {@value #QUEUE}, in the consumer's
 * transaction, so an operator can read what was refused and why (docs/messaging.md). The copy
 * carries the JMS properties {@code refusedBy} (the consumer), {@code refusalReason}, {@code
 * originalMessageId} and the sender's {@code messageId}; its body is the original text when that is
 * within the body size limit.
 */
@ApplicationScoped
public class DeadMessages {

  public static final String QUEUE = "refusedMessages";

  private static final Logger LOG = Logger.getLogger(DeadMessages.class.getName());
  private static final int MAX_REASON = 500;
  private static final int MAX_COPIED_BYTES = 1024 * 1024;

  @Inject
  @JMSConnectionFactory(JmsConnections.FACTORY)
  JMSContext jms;

  /** Moves {@code message} to the dead message queue instead of applying it. */
  public void refuse(String consumer, Message message, String reason) {
    String shortReason = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
    String originalId = property(message, "JMSMessageID");
    LOG.warning(
        () -> consumer + " refused message " + originalId + " to " + QUEUE + ": " + shortReason);
    JMSProducer producer =
        jms.createProducer()
            .setProperty("refusedBy", consumer)
            .setProperty("refusalReason", shortReason)
            .setProperty("originalMessageId", originalId);
    String messageId = property(message, "messageId");
    if (messageId != null && messageId.length() <= InboundMessagePolicy.MAX_ID_LENGTH) {
      producer.setProperty("messageId", messageId);
    }
    producer.send(jms.createQueue(QUEUE), copiableText(message));
  }

  private static String property(Message message, String name) {
    try {
      return "JMSMessageID".equals(name)
          ? message.getJMSMessageID()
          : message.getObjectProperty(name) instanceof String value ? value : null;
    } catch (JMSException e) {
      return null;
    }
  }

  private static String copiableText(Message message) {
    try {
      if (message instanceof TextMessage text && text.getText() != null) {
        String body = text.getText();
        return body.getBytes(StandardCharsets.UTF_8).length <= MAX_COPIED_BYTES ? body : null;
      }
    } catch (JMSException e) {
      // an unreadable body is refused without a copy
    }
    return null;
  }
}
