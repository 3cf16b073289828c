package com.marketplace.booking.domain;

import com.marketplace.common.api.SpecEnum;
import com.marketplace.common.persistence.EnumColumn;
import jakarta.persistence.AttributeConverter;
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
  public static class Column implements AttributeConverter<PaymentRecordStatus, String> {
    @Override
    public String convertToDatabaseColumn(PaymentRecordStatus option) {
      return EnumColumn.write(option);
    }

    @Override
    public PaymentRecordStatus convertToEntityAttribute(String column) {
      return EnumColumn.read(PaymentRecordStatus.class, column);
    }
  }
}
