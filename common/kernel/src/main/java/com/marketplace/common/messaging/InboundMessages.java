package com.marketplace.common.messaging;

/** Makes message consumers idempotent: JMS may deliver a message more than once. */
public interface InboundMessages {

  /**
   * Whether {@code messageId} reaches {@code consumer} for the first time. Recorded in the caller's
   * transaction: if the consumer's work rolls back, the message counts as unseen and its redelivery
   * is processed.
   */
  boolean firstDelivery(String consumer, String messageId);
}
