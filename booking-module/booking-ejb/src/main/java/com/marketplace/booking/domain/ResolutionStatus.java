package com.marketplace.booking.domain;

import com.marketplace.common.api.SpecEnum;

/** Where a dispute stands (the spec's resolutionStatus). */
public enum ResolutionStatus implements SpecEnum {
  PENDING("pending"),
  REVIEWING("reviewing"),
  RESOLVED("resolved"),
  REJECTED("rejected");

  private final String literal;

  ResolutionStatus(String literal) {
    this.literal = literal;
  }

  @Override
  public String value() {
    return literal;
  }
}
