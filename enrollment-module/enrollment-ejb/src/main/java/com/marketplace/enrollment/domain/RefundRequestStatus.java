package com.marketplace.enrollment.domain;

import com.marketplace.common.api.SpecEnum;

/** A refund request's outcome. */
public enum RefundRequestStatus implements SpecEnum {
  PENDING("pending"),
  APPROVED("approved"),
  REJECTED("rejected"),
  AUTO_APPROVED("autoApproved");

  private final String value;

  RefundRequestStatus(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
