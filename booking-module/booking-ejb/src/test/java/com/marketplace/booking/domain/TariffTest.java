package com.marketplace.booking.domain;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TariffTest {

  private static final StayPeriod THREE_NIGHTS =
      new StayPeriod(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 4));

  @Test
  void addsNightsCleaningPlatformFeeAndCityTax() {
    Tariff tariff =
        new Tariff(
            10_000,
            2_500,
            new BigDecimal("0.10"),
            new CityTaxRule("percentOfNightly", new BigDecimal("5"), null),
            "EUR");

    PriceBreakdown price = tariff.quote(THREE_NIGHTS, 2);

    assertThat(price.nightsMinor(), is(30_000L));
    assertThat(price.cleaningFeeMinor(), is(2_500L));
    assertThat(price.platformFeeMinor(), is(3_250L));
    assertThat(price.cityTaxMinor(), is(1_500L));
    assertThat(price.totalMinor(), is(37_250L));
    assertThat(price.hostPayoutMinor(), is(32_500L));
  }

  @Test
  void roundsFeesAndTaxHalfUpToTheMinorUnit() {
    Tariff tariff =
        new Tariff(
            333,
            0,
            new BigDecimal("0.125"),
            new CityTaxRule("percentOfNightly", new BigDecimal("12.5"), null),
            "EUR");

    PriceBreakdown price =
        tariff.quote(new StayPeriod(THREE_NIGHTS.checkIn(), THREE_NIGHTS.checkIn().plusDays(1)), 1);

    assertThat(price.platformFeeMinor(), is(42L)); // 41.625
    assertThat(price.cityTaxMinor(), is(42L)); // 41.625
  }

  @Test
  void perPersonPerNightTaxCountsGuestsAndNights() {
    CityTaxRule rule = new CityTaxRule("perPersonPerNight", null, 300L);
    assertThat(rule.taxMinor(3, 30_000, 2), is(1_800L));
    assertThat(new CityTaxRule("perNight", null, 250L).taxMinor(3, 30_000, 2), is(750L));
    assertThat(CityTaxRule.NONE.taxMinor(3, 30_000, 2), is(0L));
  }

  @Test
  void refusesMalformedRules() {
    assertThrows(
        IllegalArgumentException.class, () -> new CityTaxRule("percentOfNightly", null, null));
    assertThrows(IllegalArgumentException.class, () -> new CityTaxRule("perNight", null, -1L));
    assertThrows(IllegalArgumentException.class, () -> new CityTaxRule("lunar", null, null));
  }
}
