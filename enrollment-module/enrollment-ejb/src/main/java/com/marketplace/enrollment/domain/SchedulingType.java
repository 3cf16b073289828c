package com.marketplace.enrollment.domain;

import com.marketplace.common.api.SpecEnum;
import com.marketplace.common.persistence.EnumColumn;
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
  public static class Column extends EnumColumn<SchedulingType> {
    public Column() {
      super(SchedulingType.class);
    }
  }
}
