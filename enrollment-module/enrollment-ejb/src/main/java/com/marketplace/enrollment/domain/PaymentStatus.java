package com.marketplace.enrollment.domain;

import com.marketplace.common.api.SpecEnum;
import com.marketplace.common.persistence.EnumColumn;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** The enrollment's payment as the spec names it; payments' ticket holds Stripe's detail. */
public enum PaymentStatus implements SpecEnum {
  PENDING("pending"),
  PAID("paid"),
  REFUNDED("refunded");

  private final String value;

  PaymentStatus(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  /** Its text column. */
  @Converter
  public static class Column implements AttributeConverter<PaymentStatus, String> {
    @Override
    public String convertToDatabaseColumn(PaymentStatus option) {
      return EnumColumn.write(option);
    }

    @Override
    public PaymentStatus convertToEntityAttribute(String column) {
      return EnumColumn.read(PaymentStatus.class, column);
    }
  }
}
