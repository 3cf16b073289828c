package com.marketplace.enrollment.domain;

import com.marketplace.common.api.SpecEnum;
import com.marketplace.common.persistence.EnumColumn;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A tutor's standing; a banned or suspended tutor's enrollments are canceled by the cascade. */
public enum TutorStatus implements SpecEnum {
  ACTIVE("active"),
  SUSPENDED("suspended"),
  BANNED("banned");

  private final String value;

  TutorStatus(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  /** Its text column. */
  @Converter
  public static class Column implements AttributeConverter<TutorStatus, String> {
    @Override
    public String convertToDatabaseColumn(TutorStatus option) {
      return EnumColumn.write(option);
    }

    @Override
    public TutorStatus convertToEntityAttribute(String column) {
      return EnumColumn.read(TutorStatus.class, column);
    }
  }
}
