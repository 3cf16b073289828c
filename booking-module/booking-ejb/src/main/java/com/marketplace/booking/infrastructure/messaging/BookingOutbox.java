package com.marketplace.booking.infrastructure.messaging;

import com.marketplace.booking.application.BookingJournal;
import com.marketplace.common.messaging.ModuleOutbox;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Sweeps {@code booking.outbox_event} to the topic {@value BookingJournal#TOPIC}. */
@Startup
@Singleton
@DependsOn("BookingSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BookingOutbox extends ModuleOutbox {

  public BookingOutbox() {
    super(BookingJournal.EVENTS);
  }
}
