package com.marketplace.booking.domain;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CancellationPolicyTest {

  @ParameterizedTest(name = "{0}: {1} days before check-in -> {2} %")
  @CsvSource({
    "flexible, 30, 100",
    "flexible, 1, 100",
    "flexible, 0, 0",
    "flexible, -1, 0",
    "moderate, 6, 100",
    "moderate, 5, 100",
    "moderate, 4, 50",
    "moderate, 1, 50",
    "moderate, 0, 0",
    "strict, 15, 100",
    "strict, 14, 100",
    "strict, 13, 50",
    "strict, 7, 50",
    "strict, 6, 0",
    "strict, 0, 0"
  })
  void refundsByDaysLeftAtEachBoundary(String preset, long daysBefore, int percent) {
    assertThat(CancellationPolicy.preset(preset).refundPercent(daysBefore), is(percent));
  }

  @ParameterizedTest
  @CsvSource({"37250, 5, 37250", "37250, 4, 18625", "37251, 4, 18625", "37250, 0, 0"})
  void refundsAreRoundedDownToTheMinorUnit(long paid, long daysBefore, long refund) {
    assertThat(CancellationPolicy.preset("moderate").refundMinor(paid, daysBefore), is(refund));
  }
}
