package com.marketplace.booking.domain;

/** Where a dispute stands (the spec's resolutionStatus). */
public enum ResolutionStatus implements SpecValue {
  PENDING("pending"),
  REVIEWING("reviewing"),
  RESOLVED("resolved"),
  REJECTED("rejected");

  private final String literal;

  ResolutionStatus(String literal) {
    this.literal = literal;
  }

  @Override
  public String literal() {
    return literal;
  }

  @Override
  public int idx() {
    return ordinal();
  }
}
