package com.marketplace.booking.domain;

/** Status of a payment record (the spec's paymentStatus). */
public enum PaymentRecordStatus implements SpecValue {
  PENDING("pending"),
  PAID("paid"),
  REFUNDED("refunded"),
  FAILED("failed");

  private final String literal;

  PaymentRecordStatus(String literal) {
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
