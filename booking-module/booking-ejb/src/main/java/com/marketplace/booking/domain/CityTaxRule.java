package com.marketplace.booking.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a listing's city charges tourist tax, as its {@code city_tax_rule} says:
 *
 * <ul>
 *   <li>{@code percentOfNightly}: {@code percent} % of the nights' price (cleaning fee excluded);
 *   <li>{@code perPersonPerNight}: {@code amountMinor} per guest and night;
 *   <li>{@code perNight}: {@code amountMinor} per night;
 *   <li>{@code none} (or no rule): no tax.
 * </ul>
 *
 * Fractions of a minor unit are rounded half up.
 */
public record CityTaxRule(String type, BigDecimal percent, Long amountMinor) {

  public static final CityTaxRule NONE = new CityTaxRule("none", null, null);

  public CityTaxRule {
    type = type == null ? "none" : type;
    switch (type) {
      case "none" -> {}
      case "percentOfNightly" -> {
        if (percent == null || percent.signum() < 0) {
          throw new IllegalArgumentException("percentOfNightly needs a percent >= 0");
        }
      }
      case "perPersonPerNight", "perNight" -> {
        if (amountMinor == null || amountMinor < 0) {
          throw new IllegalArgumentException(type + " needs an amountMinor >= 0");
        }
      }
      default -> throw new IllegalArgumentException("Unknown city tax rule " + type);
    }
  }

  public long taxMinor(int nights, long nightsPriceMinor, int guests) {
    return switch (type) {
      case "percentOfNightly" ->
          percent
              .multiply(BigDecimal.valueOf(nightsPriceMinor))
              .movePointLeft(2)
              .setScale(0, RoundingMode.HALF_UP)
              .longValueExact();
      case "perPersonPerNight" -> amountMinor * guests * nights;
      case "perNight" -> amountMinor * nights;
      default -> 0;
    };
  }
}
