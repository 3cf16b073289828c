package com.marketplace.booking.domain;

import com.marketplace.common.api.SpecEnum;
import com.marketplace.common.persistence.EnumColumn;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Whether a listing's reservations need the host's approval before payment. */
public enum ApprovalType implements SpecEnum {
  INSTANT("instant"),
  MANUAL("manual");

  private final String literal;

  ApprovalType(String literal) {
    this.literal = literal;
  }

  @Override
  public String value() {
    return literal;
  }

  /** Its text column. */
  @Converter
  public static class Column implements AttributeConverter<ApprovalType, String> {
    @Override
    public String convertToDatabaseColumn(ApprovalType option) {
      return EnumColumn.write(option);
    }

    @Override
    public ApprovalType convertToEntityAttribute(String column) {
      return EnumColumn.read(ApprovalType.class, column);
    }
  }
}
