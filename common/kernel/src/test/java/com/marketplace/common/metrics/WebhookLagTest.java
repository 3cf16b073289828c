package com.marketplace.common.metrics;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookLagTest {

  private static final Instant CREATED = Instant.parse("2026-11-27T20:00:00Z");

  @Test
  void theLagIsFromStripesCreationToProcessing() {
    assertThat(
        BusinessMetrics.lag(CREATED, CREATED.plusMillis(2_500)), equalTo(Duration.ofMillis(2_500)));
  }

  @Test
  void aClockBehindStripesCountsAsNoLag() {
    assertThat(BusinessMetrics.lag(CREATED, CREATED.minusSeconds(3)), equalTo(Duration.ZERO));
  }
}
