package com.marketplace.common.messaging;

/** Puts an outbox event on its topic; a send that returns normally has reached the broker. */
public interface EventSender extends AutoCloseable {

  /**
   * @throws RuntimeException when the broker did not take the message (e.g. it is down)
   */
  void send(OutboxEvent event);

  @Override
  void close();
}
