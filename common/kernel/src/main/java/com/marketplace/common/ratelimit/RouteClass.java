package com.marketplace.common.ratelimit;

/** What a request costs, for the rate limits: each class has its own budgets. */
public enum RouteClass {
  /** Requests that change state, other than payments. */
  WRITES("WRITES"),
  /** Requests that start, refresh or change a payment: each may reach Stripe. */
  PAYMENTS("PAYMENTS"),
  /** Reads that scan many rows or build a document: lists, the audit trail, calendar feeds. */
  EXPENSIVE_READS("EXPENSIVE_READS"),
  /** Every other read. */
  READS("READS");

  private final String configName;

  RouteClass(String configName) {
    this.configName = configName;
  }

  /** The part of its configuration keys, e.g. {@code RATE_LIMIT_PAYMENTS_PER_USER}. */
  public String configName() {
    return configName;
  }
}
