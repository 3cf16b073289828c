package com.marketplace.booking.domain;

import com.marketplace.common.api.SpecEnum;
import com.marketplace.common.persistence.EnumColumn;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

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
