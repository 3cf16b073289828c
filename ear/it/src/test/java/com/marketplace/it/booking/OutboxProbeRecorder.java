package com.marketplace.it.booking;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test-only: every delivery the outbox probe's subscriber saw. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxProbeRecorder {

  record Delivery(
      String eventId, String eventType, String tenantId, String body, boolean applied) {}

  private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

  public void record(
      String eventId, String eventType, String tenantId, String body, boolean applied) {
    deliveries.add(new Delivery(eventId, eventType, tenantId, body, applied));
  }

  /** The deliveries as a JSON array of {eventId, eventType, tenantId, body, applied}. */
  public String asJson() {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Delivery d : deliveries) {
      array.add(
          Json.createObjectBuilder()
              .add("eventId", String.valueOf(d.eventId()))
              .add("eventType", String.valueOf(d.eventType()))
              .add("tenantId", String.valueOf(d.tenantId()))
              .add("body", d.body())
              .add("applied", d.applied()));
    }
    return array.build().toString();
  }
}
