package com.marketplace.common.money;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @Test
  void countsMinorUnitsOfTheCurrency() {
    assertThat(Money.ofMajor(new BigDecimal("120.50"), "eur").amountMinor(), is(12050L));
    assertThat(Money.ofMinor(12050, "EUR").toMajor(), comparesEqualTo(new BigDecimal("120.50")));
  }

  @Test
  void zeroDecimalCurrenciesCountWholeUnits() {
    assertThat(Money.ofMajor(new BigDecimal("1500"), "JPY").amountMinor(), is(1500L));
    assertThat(Money.ofMinor(1500, "JPY").toMajor(), comparesEqualTo(new BigDecimal("1500")));
  }

  @Test
  void threeDecimalCurrenciesCountThousandths() {
    assertThat(Money.ofMajor(new BigDecimal("1.234"), "KWD").amountMinor(), is(1234L));
  }

  @Test
  void refusesMoreDecimalsThanTheCurrencyHas() {
    assertThrows(
        IllegalArgumentException.class, () -> Money.ofMajor(new BigDecimal("1.005"), "EUR"));
    assertThrows(
        IllegalArgumentException.class, () -> Money.ofMajor(new BigDecimal("10.5"), "JPY"));
  }

  @Test
  void refusesNegativeAmountsUnknownCurrenciesAndMixing() {
    assertThrows(IllegalArgumentException.class, () -> Money.ofMinor(-1, "EUR"));
    assertThrows(IllegalArgumentException.class, () -> Money.ofMinor(1, "EURO"));
    assertThrows(IllegalArgumentException.class, () -> Money.ofMinor(1, "XYZ"));
    assertThrows(
        IllegalArgumentException.class,
        () -> Money.ofMinor(1, "EUR").isGreaterThan(Money.ofMinor(1, "USD")));
  }

  @Test
  void speaksStripesLowerCaseCurrency() {
    assertThat(Money.ofMinor(1, "USD").stripeCurrency(), equalTo("usd"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1E-10000000", "1E+10000000", "0E-99999999", "1E-41"})
  void refusesAmountsOutOfRangeBeforeAnyArithmetic(String amount) {
    BigDecimal hostile = new BigDecimal(amount);

    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> assertThrows(IllegalArgumentException.class, () -> Money.ofMajor(hostile, "EUR")));
  }
}
