package com.marketplace.common.messaging;

/** A send failed; the event and those after it stay in the outbox for the next run. */
public class OutboxRelayException extends RuntimeException {

  private final transient OutboxEvent unsent;
  private final int sentBefore;

  public OutboxRelayException(OutboxEvent unsent, int sentBefore, RuntimeException cause) {
    super(
        "Event "
            + unsent.eventId()
            + " ("
            + unsent.type()
            + ") could not be sent to "
            + unsent.topic()
            + " after "
            + sentBefore
            + " sent in this run; it stays in the outbox",
        cause);
    this.unsent = unsent;
    this.sentBefore = sentBefore;
  }

  public OutboxEvent unsent() {
    return unsent;
  }

  public int sentBefore() {
    return sentBefore;
  }
}
