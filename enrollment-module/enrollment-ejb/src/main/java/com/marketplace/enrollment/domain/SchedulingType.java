package com.marketplace.enrollment.domain;

import com.marketplace.common.api.SpecEnum;
import com.marketplace.common.persistence.EnumColumn;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** How a course pack's lessons are scheduled (not enumerated by the spec: our options). */
public enum SchedulingType implements SpecEnum {
  FIXED("fixed"),
  FLEXIBLE("flexible");

  private final String value;

  SchedulingType(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  /** Its text column. */
  @Converter
  public static class Column implements AttributeConverter<SchedulingType, String> {
    @Override
    public String convertToDatabaseColumn(SchedulingType option) {
      return EnumColumn.write(option);
    }

    @Override
    public SchedulingType convertToEntityAttribute(String column) {
      return EnumColumn.read(SchedulingType.class, column);
    }
  }
}
