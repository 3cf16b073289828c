package com.marketplace.booking.domain;

import com.marketplace.common.api.SpecEnum;

/** Status of a payment record (the spec's paymentStatus). */
public enum PaymentRecordStatus implements SpecEnum {
  PENDING("pending"),
  PAID("paid"),
  REFUNDED("refunded"),
  FAILED("failed");

  private final String literal;

  PaymentRecordStatus(String literal) {
    this.literal = literal;
  }

  @Override
  public String value() {
    return literal;
  }
}
