package com.marketplace.enrollment.domain;

import com.marketplace.common.api.SpecEnum;
import com.marketplace.common.persistence.EnumColumn;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Where the enrollment's refund stands. */
public enum RefundStatus implements SpecEnum {
  NOT_REQUESTED("notRequested"),
  ELIGIBLE("eligible"),
  PROCESSED("processed"),
  INELIGIBLE("ineligible");

  private final String value;

  RefundStatus(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  /** Its text column. */
  @Converter
  public static class Column implements AttributeConverter<RefundStatus, String> {
    @Override
    public String convertToDatabaseColumn(RefundStatus option) {
      return EnumColumn.write(option);
    }

    @Override
    public RefundStatus convertToEntityAttribute(String column) {
      return EnumColumn.read(RefundStatus.class, column);
    }
  }
}
