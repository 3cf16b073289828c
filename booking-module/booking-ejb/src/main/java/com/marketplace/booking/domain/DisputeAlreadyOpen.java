package com.marketplace.booking.domain;

/** The reservation already has an unsettled dispute. */
public class DisputeAlreadyOpen extends RuntimeException {

  public DisputeAlreadyOpen(Throwable cause) {
    super("This reservation already has an unsettled dispute", cause);
  }
}
