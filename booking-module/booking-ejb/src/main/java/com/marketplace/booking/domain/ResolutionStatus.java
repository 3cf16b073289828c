package com.marketplace.booking.domain;

import com.marketplace.common.api.SpecEnum;
import com.marketplace.common.persistence.EnumColumn;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Where a dispute stands (the spec's resolutionStatus). */
public enum ResolutionStatus implements SpecEnum {
  PENDING("pending"),
  REVIEWING("reviewing"),
  RESOLVED("resolved"),
  REJECTED("rejected");

  private final String literal;

  ResolutionStatus(String literal) {
    this.literal = literal;
  }

  @Override
  public String value() {
    return literal;
  }

  /** Its text column. */
  @Converter
  public static class Column implements AttributeConverter<ResolutionStatus, String> {
    @Override
    public String convertToDatabaseColumn(ResolutionStatus option) {
      return EnumColumn.write(option);
    }

    @Override
    public ResolutionStatus convertToEntityAttribute(String column) {
      return EnumColumn.read(ResolutionStatus.class, column);
    }
  }
}
