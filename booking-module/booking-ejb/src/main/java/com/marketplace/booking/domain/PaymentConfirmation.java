package com.marketplace.booking.domain;

import com.marketplace.common.api.SpecEnum;

/** The reservation's reading of its payment (the spec's _paymentConfirmation). */
public enum PaymentConfirmation implements SpecEnum {
  PENDING("pending"),
  PROCESSING("processing"),
  PAID("paid"),
  CANCELED("canceled");

  private final String literal;

  PaymentConfirmation(String literal) {
    this.literal = literal;
  }

  @Override
  public String value() {
    return literal;
  }
}
