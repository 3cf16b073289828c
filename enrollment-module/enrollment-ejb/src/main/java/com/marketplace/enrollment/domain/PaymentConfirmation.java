package com.marketplace.enrollment.domain;

import com.marketplace.common.api.SpecEnum;

/** What the payment platform last confirmed (webhooks, refresh, callback). */
public enum PaymentConfirmation implements SpecEnum {
  PENDING("pending"),
  PROCESSING("processing"),
  PAID("paid"),
  CANCELED("canceled");

  private final String value;

  PaymentConfirmation(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
