package com.marketplace.common.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberLiteralTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "-0",
        "0.0",
        "372.5",
        "-12.25",
        "1e3",
        "1E+3",
        "2.5E-3",
        "0.1",
        "9223372036854775807",
        "1234567890123456789012345678901234567890",
        "0.0000000000000000000000000000000000000001",
        "1E+39",
        "0e0"
      })
  void everydayNumbersAreWithinBounds(String literal) {
    assertThat(NumberLiteral.problem(literal, 40), nullValue());
  }

  @ParameterizedTest
  @CsvSource({
    "1E-10000000, decimal places",
    "1E-30000000, decimal places",
    "0E-99999999, decimal places",
    "1E+10000000, before the decimal point",
    "1e999999999999999999, exponent out of range",
    "-1E-000000000000000000000100, decimal places",
    "1E+40, before the decimal point",
    "12345678901234567890123456789012345678901, more than 40 digits",
    "0.00000000000000000000000000000000000000001, decimal places",
    "1.5E-40, decimal places"
  })
  void hostileNumbersAreRefusedWithoutArithmetic(String literal, String problem) {
    String answer =
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> NumberLiteral.problem(literal, 40));
    assertThat(answer, containsString(problem));
  }
}
