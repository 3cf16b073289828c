package com.marketplace.booking.domain;

import com.marketplace.common.money.Money;

/** What a stay costs, in minor units of the listing's currency, and how the total is made up. */
public record PriceBreakdown(
    int nights,
    long nightsMinor,
    long cleaningFeeMinor,
    long platformFeeMinor,
    long cityTaxMinor,
    String currency) {

  public long totalMinor() {
    return nightsMinor + cleaningFeeMinor + platformFeeMinor + cityTaxMinor;
  }

  public Money total() {
    return Money.ofMinor(totalMinor(), currency);
  }

  /** What the host receives: the total less the platform's fee and the city's tax. */
  public long hostPayoutMinor() {
    return nightsMinor + cleaningFeeMinor;
  }
}
