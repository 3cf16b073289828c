package com.marketplace.enrollment.domain;

import com.marketplace.common.api.SpecEnum;
import com.marketplace.common.persistence.EnumColumn;
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
  public static class Column extends EnumColumn<LocationType> {
    public Column() {
      super(LocationType.class);
    }
  }
}
