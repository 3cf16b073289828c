package com.marketplace.it.booking;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test-only: the booking events the test subscriber received, as JSON text. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BookingEventRecorder {

  private final List<String> received = new CopyOnWriteArrayList<>();

  public void record(String json) {
    received.add(json);
  }

  public List<String> received() {
    return List.copyOf(received);
  }
}
