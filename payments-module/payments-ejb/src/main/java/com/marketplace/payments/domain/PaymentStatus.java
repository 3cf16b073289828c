package com.marketplace.payments.domain;

/** Where a payment stands: Stripe's PaymentIntent statuses. */
public enum PaymentStatus {
  REQUIRES_PAYMENT_METHOD("requires_payment_method"),
  REQUIRES_CONFIRMATION("requires_confirmation"),
  REQUIRES_ACTION("requires_action"),
  PROCESSING("processing"),
  REQUIRES_CAPTURE("requires_capture"),
  SUCCEEDED("succeeded"),
  CANCELED("canceled");

  private final String stripeName;

  PaymentStatus(String stripeName) {
    this.stripeName = stripeName;
  }

  public static PaymentStatus fromStripe(String status) {
    for (PaymentStatus candidate : values()) {
      if (candidate.stripeName.equals(status)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("Unknown PaymentIntent status " + status);
  }

  public String stripeName() {
    return stripeName;
  }

  /** Nothing Stripe reports later changes a succeeded or canceled payment. */
  public boolean isFinal() {
    return this == SUCCEEDED || this == CANCELED;
  }
}
