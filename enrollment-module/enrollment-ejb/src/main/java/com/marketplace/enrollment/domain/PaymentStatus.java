package com.marketplace.enrollment.domain;

import com.marketplace.common.api.SpecEnum;

/** The enrollment's payment as the spec names it; payments' ticket holds Stripe's detail. */
public enum PaymentStatus implements SpecEnum {
  PENDING("pending"),
  PAID("paid"),
  REFUNDED("refunded");

  private final String value;

  PaymentStatus(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
