package com.marketplace.common.ratelimit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LimitTest {

  @Test
  void readsTheShortForms() {
    assertThat(Limit.parse("120/60s"), is(Optional.of(new Limit(120, Duration.ofSeconds(60)))));
    assertThat(Limit.parse(" 10 / 1m "), is(Optional.of(new Limit(10, Duration.ofMinutes(1)))));
    assertThat(Limit.parse("1000/24h"), is(Optional.of(new Limit(1000, Duration.ofHours(24)))));
  }

  @Test
  void readsAnIsoPeriod() {
    assertThat(Limit.parse("120/PT1M"), is(Optional.of(new Limit(120, Duration.ofMinutes(1)))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"off", "OFF", "none", "unlimited"})
  void readsNoLimit(String spec) {
    assertThat(Limit.parse(spec).isEmpty(), is(true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "120", "0/60s", "120/0s", "-1/60s", "120/60", "120/P1D", "lots/60s"})
  void refusesAnythingElse(String spec) {
    assertThrows(IllegalArgumentException.class, () -> Limit.parse(spec));
  }

  @Test
  void printsAsItReads() {
    Limit limit = Limit.parse("30/60s").orElseThrow();
    assertThat(Limit.parse(limit.toString()), is(Optional.of(limit)));
  }
}
