package com.marketplace.booking.application;

import com.marketplace.common.messaging.EventChannel;
import com.marketplace.common.messaging.Journal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;

/**
 * Every transition of the module, twice: in the audit trail (one entry per field that changed) and
 * as an event for the JMS topic {@value #TOPIC} (through the module's outbox), both in the caller's
 * transaction (the kernel's {@link Journal} on booking's channel).
 */
@ApplicationScoped
public class BookingJournal {

  public static final String TOPIC = "bookingEvents";

  /** The module's outbox ({@code booking.outbox_event}) and topic. */
  public static final EventChannel EVENTS = new EventChannel("booking", TOPIC);

  @Inject Journal journal;
  @Inject BookingTransaction transaction;

  /**
   * Records the move of {@code objectType}'s fields from {@code before} to {@code after} (same
   * keys) and publishes {@code eventType}, e.g. {@code reservation.confirmed}.
   */
  public void record(
      String eventType,
      UUID tenantId,
      String objectType,
      UUID objectId,
      Map<String, Object> before,
      Map<String, Object> after) {
    journal.record(EVENTS, transaction, eventType, tenantId, objectType, objectId, before, after);
  }
}
