package com.marketplace.enrollment.domain;

import com.marketplace.common.api.SpecEnum;
import com.marketplace.common.persistence.EnumColumn;
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
  public static class Column extends EnumColumn<RefundStatus> {
    public Column() {
      super(RefundStatus.class);
    }
  }
}
