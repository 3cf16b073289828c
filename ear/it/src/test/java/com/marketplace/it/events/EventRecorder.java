package com.marketplace.it.events;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The domain events the test consumer received, as their JSON text. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class EventRecorder {

  private final List<String> received = new CopyOnWriteArrayList<>();

  public void record(String json) {
    received.add(json);
  }

  public List<String> received() {
    return List.copyOf(received);
  }
}
