package com.marketplace.common.messaging;

/**
 * An inbound message that no redelivery can make acceptable (not a JSON object within the body
 * policy, an unknown kind, a field missing or out of bounds): it goes to the dead message queue
 * with this reason instead of being applied, ignored or retried.
 */
public class RefusedMessage extends Exception {

  public RefusedMessage(String reason) {
    super(reason);
  }
}
