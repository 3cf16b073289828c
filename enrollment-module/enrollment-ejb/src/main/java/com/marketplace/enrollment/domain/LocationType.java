package com.marketplace.enrollment.domain;

import com.marketplace.common.api.SpecEnum;
import com.marketplace.common.persistence.EnumColumn;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Where a lesson takes place (not enumerated by the spec: our options). */
public enum LocationType implements SpecEnum {
  ONLINE("online"),
  IN_PERSON("inPerson");

  private final String value;

  LocationType(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  /** Its text column. */
  @Converter
  public static class Column implements AttributeConverter<LocationType, String> {
    @Override
    public String convertToDatabaseColumn(LocationType option) {
      return EnumColumn.write(option);
    }

    @Override
    public LocationType convertToEntityAttribute(String column) {
      return EnumColumn.read(LocationType.class, column);
    }
  }
}
