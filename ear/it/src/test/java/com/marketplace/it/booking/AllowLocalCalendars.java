package com.marketplace.it.booking;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Test-only: lets the server fetch calendars from the test's own HTTP server on 127.0.0.1, as an
 * operator would with {@code BOOKING_ICAL_ALLOWED_HOSTS}. Other loopback names (e.g. {@code
 * localhost}) and private addresses stay refused, as they are by default. A fetch's deadline is
 * {@value #DEADLINE_MS} ms here, so that a test of slow calendar servers is quick.
 */
@WebListener
public class AllowLocalCalendars implements ServletContextListener {

  static final int DEADLINE_MS = 3000;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    System.setProperty("BOOKING_ICAL_ALLOWED_HOSTS", "127.0.0.1");
    System.setProperty("BOOKING_ICAL_TIMEOUT_MS", String.valueOf(DEADLINE_MS));
  }
}
