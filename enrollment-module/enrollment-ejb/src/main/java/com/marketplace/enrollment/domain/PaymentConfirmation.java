package com.marketplace.enrollment.domain;

import com.marketplace.common.api.SpecEnum;
import com.marketplace.common.persistence.EnumColumn;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** What the payment platform last confirmed (webhooks, refresh, callback). */
public enum PaymentConfirmation implements SpecEnum {
  PENDING("pending"),
  PROCESSING("processing"),
  PAID("paid"),
  CANCELED("canceled");

  private final String value;

  PaymentConfirmation(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  /** Its text column. */
  @Converter
  public static class Column implements AttributeConverter<PaymentConfirmation, String> {
    @Override
    public String convertToDatabaseColumn(PaymentConfirmation option) {
      return EnumColumn.write(option);
    }

    @Override
    public PaymentConfirmation convertToEntityAttribute(String column) {
      return EnumColumn.read(PaymentConfirmation.class, column);
    }
  }
}
