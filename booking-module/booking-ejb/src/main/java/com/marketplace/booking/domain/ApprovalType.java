package com.marketplace.booking.domain;

/** Whether a listing's reservations need the host's approval before payment. */
public enum ApprovalType implements SpecValue {
  INSTANT("instant"),
  MANUAL("manual");

  private final String literal;

  ApprovalType(String literal) {
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
