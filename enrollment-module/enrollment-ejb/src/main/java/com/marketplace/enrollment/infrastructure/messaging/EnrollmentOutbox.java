package com.marketplace.enrollment.infrastructure.messaging;

import com.marketplace.common.messaging.ModuleOutbox;
import com.marketplace.enrollment.application.enrollment.EnrollmentJournal;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Sweeps {@code enrollment.outbox_event} to the topic {@value EnrollmentJournal#TOPIC}. */
@Startup
@Singleton
@DependsOn("EnrollmentSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EnrollmentOutbox extends ModuleOutbox {

  public EnrollmentOutbox() {
    super(EnrollmentJournal.EVENTS);
  }
}
