package com.marketplace.common.messaging;

import jakarta.jms.JMSRuntimeException;
import java.util.ArrayList;
import java.util.List;

/** A broker that takes messages until told to fail, and remembers what it took. */
class RecordingSender implements EventSender {

  final List<OutboxEvent> sent = new ArrayList<>();
  int failAfter = Integer.MAX_VALUE;
  int opened;
  int closed;

  EventSender open() {
    opened++;
    return this;
  }

  @Override
  public void send(OutboxEvent event) {
    if (sent.size() >= failAfter) {
      throw new JMSRuntimeException("broker away");
    }
    sent.add(event);
  }

  @Override
  public void close() {
    closed++;
  }
}
