package com.marketplace.booking.domain;

/** The reservation's view of its disputes (the spec's disputeStatus). */
public enum DisputeStatus implements SpecValue {
  NONE("none"),
  REQUESTED("requested"),
  ACTIVE("active"),
  RESOLVED("resolved");

  private final String literal;

  DisputeStatus(String literal) {
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
