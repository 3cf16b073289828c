package com.marketplace.it.booking;

import com.marketplace.common.messaging.DomainEvents;
import com.marketplace.common.messaging.EventChannel;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;

/** Test-only: publishes a probe event on the booking outbox in a transaction that may fail. */
@Stateless
public class OutboxProbePublisher {

  static final EventChannel BOOKING = new EventChannel("booking", "bookingEvents");

  @Inject DomainEvents events;

  /** The transaction's work failed after the event was written: all of it rolls back. */
  @ApplicationException(rollback = true)
  public static class WorkFailed extends RuntimeException {
    public WorkFailed() {
      super("the probe's work failed after publishing");
    }
  }

  public String publish(UUID tenantId, UUID objectId, boolean fail) {
    String eventId =
        events
            .publish(BOOKING, "probe.published", tenantId, "probe", objectId, null, Map.of("n", 1))
            .eventId()
            .toString();
    if (fail) {
      throw new WorkFailed();
    }
    return eventId;
  }
}
