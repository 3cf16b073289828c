package com.marketplace.booking.domain;

/** The reservation's reading of its payment (the spec's _paymentConfirmation). */
public enum PaymentConfirmation implements SpecValue {
  PENDING("pending"),
  PROCESSING("processing"),
  PAID("paid"),
  CANCELED("canceled");

  private final String literal;

  PaymentConfirmation(String literal) {
    this.literal = literal;
  }

  @Override
  public String literal() {
    return literal;
  }

  @Override
  public int idx() {
    return ordinal();
  }
}
