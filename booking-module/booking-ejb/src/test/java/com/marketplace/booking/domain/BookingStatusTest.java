package com.marketplace.booking.domain;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.marketplace.common.api.SpecEnum;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BookingStatusTest {

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
    "PENDING, CONFIRMED, true",
    "PENDING, CANCELLED, true",
    "PENDING, DECLINED, true",
    "PENDING, COMPLETE, false",
    "CONFIRMED, COMPLETE, true",
    "CONFIRMED, CANCELLED, true",
    "CONFIRMED, DECLINED, false",
    "CONFIRMED, PENDING, false",
    "COMPLETE, CANCELLED, false",
    "CANCELLED, CONFIRMED, false",
    "DECLINED, CONFIRMED, false"
  })
  void followsTheDocumentedStateMachine(BookingStatus from, BookingStatus to, boolean allowed) {
    assertThat(from.canBecome(to), is(allowed));
  }

  @ParameterizedTest
  @CsvSource({"PENDING, pending, 0", "DECLINED, declined, 4"})
  void carriesTheSpecsLiteralAndIndex(BookingStatus status, String literal, int idx) {
    assertThat(status.value(), is(literal));
    assertThat(status.idx(), is(idx));
    assertThat(SpecEnum.byValue(BookingStatus.class, literal), is(status));
  }
}
