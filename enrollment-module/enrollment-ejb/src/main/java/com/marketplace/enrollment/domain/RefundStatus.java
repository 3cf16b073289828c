package com.marketplace.enrollment.domain;

import com.marketplace.common.api.SpecEnum;

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
}
