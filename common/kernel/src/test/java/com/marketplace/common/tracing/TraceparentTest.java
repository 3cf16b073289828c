package com.marketplace.common.tracing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TraceparentTest {

  private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String SPAN = "00f067aa0ba902b7";

  @Test
  void aSampledVersionZeroValueIsReadIntoItsIds() {
    Traceparent parent = Traceparent.parse("00-" + TRACE + "-" + SPAN + "-01").orElseThrow();

    assertThat(parent.traceId(), equalTo(TRACE));
    assertThat(parent.spanId(), equalTo(SPAN));
    assertThat(parent.sampled(), is(true));
  }

  @Test
  void theSampledFlagIsTheLowestBitOfTheFlags() {
    assertThat(
        Traceparent.parse("00-" + TRACE + "-" + SPAN + "-00").orElseThrow().sampled(), is(false));
    assertThat(
        Traceparent.parse("00-" + TRACE + "-" + SPAN + "-03").orElseThrow().sampled(), is(true));
  }

  @Test
  void aValueIsWrittenAsVersionZeroAndReadsBackTheSame() {
    String value = "00-" + TRACE + "-" + SPAN + "-01";

    assertThat(Traceparent.parse(value).orElseThrow().toString(), equalTo(value));
    assertThat(
        new Traceparent(TRACE, SPAN, false).toString(),
        equalTo("00-" + TRACE + "-" + SPAN + "-00"));
  }

  @Test
  void aLaterVersionMayAppendFieldsAndIsReadByTheFourItSharesWithZero() {
    Optional<Traceparent> parent = Traceparent.parse("01-" + TRACE + "-" + SPAN + "-01-whatever");

    assertThat(parent.map(Traceparent::traceId), equalTo(Optional.of(TRACE)));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", // version ff is invalid
        "00-00000000000000000000000000000000-00f067aa0ba902b7-01", // all-zero trace id
        "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01", // all-zero span id
        "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01", // uppercase hex
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-x", // version 00 has four fields
        "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01", // trace id one digit short
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7", // no flags
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902bz-01", // not hex
        "not a traceparent"
      })
  void anInvalidValueIsIgnoredSoThatTheReceiverStartsANewTrace(String value) {
    assertThat(Traceparent.parse(value), equalTo(Optional.empty()));
  }

  @Test
  void anOverlongValueIsIgnoredWithoutBeingMatched() {
    assertThat(
        Traceparent.parse("00-" + TRACE + "-" + SPAN + "-01" + " ".repeat(600)),
        equalTo(Optional.empty()));
  }

  @Test
  void aTraceparentCannotBeMadeOfZeroIds() {
    assertThrows(IllegalArgumentException.class, () -> new Traceparent("0".repeat(32), SPAN, true));
    assertThrows(
        IllegalArgumentException.class, () -> new Traceparent(TRACE, "0".repeat(16), true));
  }
}
