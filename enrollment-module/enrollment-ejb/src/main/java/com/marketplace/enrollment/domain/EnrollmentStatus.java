package com.marketplace.enrollment.domain;

import com.marketplace.common.api.SpecEnum;

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
}
