package com.marketplace.enrollment.domain;

import com.marketplace.common.api.SpecEnum;

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
}
