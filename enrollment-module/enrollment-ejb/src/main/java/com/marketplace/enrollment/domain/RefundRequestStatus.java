package com.marketplace.enrollment.domain;

import com.marketplace.common.api.SpecEnum;
import com.marketplace.common.persistence.EnumColumn;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A refund request's outcome. */
public enum RefundRequestStatus implements SpecEnum {
  PENDING("pending"),
  APPROVED("approved"),
  REJECTED("rejected"),
  AUTO_APPROVED("autoApproved");

  private final String value;

  RefundRequestStatus(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  /** Its text column. */
  @Converter
  public static class Column implements AttributeConverter<RefundRequestStatus, String> {
    @Override
    public String convertToDatabaseColumn(RefundRequestStatus option) {
      return EnumColumn.write(option);
    }

    @Override
    public RefundRequestStatus convertToEntityAttribute(String column) {
      return EnumColumn.read(RefundRequestStatus.class, column);
    }
  }
}
