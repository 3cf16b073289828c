package com.marketplace.booking.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A listing's prices: the nightly rate and cleaning fee (minor units of {@code currency}), the
 * platform's fee as a fraction of nights plus cleaning, and the city tax rule.
 *
 * <p>{@code total = nights × nightly + cleaning + round(rate × (nights × nightly + cleaning)) +
 * cityTax}, every rounding half up to a whole minor unit. The server computes it; a client's {@code
 * totalPrice} is only checked against it.
 */
public record Tariff(
    long nightlyMinor,
    long cleaningFeeMinor,
    BigDecimal platformFeeRate,
    CityTaxRule cityTax,
    String currency) {

  public Tariff {
    Objects.requireNonNull(platformFeeRate, "platformFeeRate");
    Objects.requireNonNull(currency, "currency");
    cityTax = cityTax == null ? CityTaxRule.NONE : cityTax;
    if (nightlyMinor < 0 || cleaningFeeMinor < 0 || platformFeeRate.signum() < 0) {
      throw new IllegalArgumentException("Negative prices");
    }
  }

  public PriceBreakdown quote(StayPeriod stay, int guests) {
    long nights = Math.multiplyExact(nightlyMinor, stay.nights());
    long base = Math.addExact(nights, cleaningFeeMinor);
    long platformFee =
        platformFeeRate
            .multiply(BigDecimal.valueOf(base))
            .setScale(0, RoundingMode.HALF_UP)
            .longValueExact();
    long tax = cityTax.taxMinor(stay.nights(), nights, guests);
    return new PriceBreakdown(stay.nights(), nights, cleaningFeeMinor, platformFee, tax, currency);
  }
}
