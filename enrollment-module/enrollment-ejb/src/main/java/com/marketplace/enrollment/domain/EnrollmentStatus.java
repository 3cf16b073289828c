package com.marketplace.enrollment.domain;

import com.marketplace.common.api.SpecEnum;
import com.marketplace.common.persistence.EnumColumn;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * An enrollment's life: pending (not paid), active (paid), completed (every lesson done), canceled.
 */
public enum EnrollmentStatus implements SpecEnum {
  PENDING("pending"),
  ACTIVE("active"),
  COMPLETED("completed"),
  CANCELED("canceled");

  private final String value;

  EnrollmentStatus(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  /** Its text column. */
  @Converter
  public static class Column implements AttributeConverter<EnrollmentStatus, String> {
    @Override
    public String convertToDatabaseColumn(EnrollmentStatus option) {
      return EnumColumn.write(option);
    }

    @Override
    public EnrollmentStatus convertToEntityAttribute(String column) {
      return EnumColumn.read(EnrollmentStatus.class, column);
    }
  }
}
