package com.marketplace.enrollment.domain;

/** How payments knows this module's orders: by their type, its tickets' {@code order_type}. */
public final class PaymentOrderType {

  /** An enrollment, as an order payments charges and refunds. */
  public static final String ENROLLMENT = "enrollment";

  private PaymentOrderType() {}
}
