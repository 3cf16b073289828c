package com.marketplace.booking.domain;

import com.marketplace.common.api.SpecEnum;
import com.marketplace.common.persistence.EnumColumn;
import jakarta.persistence.Converter;

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

  /** Its text column. */
  @Converter
  public static class Column extends EnumColumn<PaymentRecordStatus> {
    public Column() {
      super(PaymentRecordStatus.class);
    }
  }
}
