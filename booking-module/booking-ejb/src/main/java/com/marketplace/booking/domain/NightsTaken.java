package com.marketplace.booking.domain;

/** Another live hold of the listing already takes one of the nights asked for. */
public class NightsTaken extends RuntimeException {

  public NightsTaken(Throwable cause) {
    super("Some of these nights are already taken at this listing", cause);
  }
}
