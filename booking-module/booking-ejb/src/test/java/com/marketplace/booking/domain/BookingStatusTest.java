package com.marketplace.booking.domain;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

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
  @CsvSource({"PENDING, pending", "DECLINED, declined"})
  void isStoredAsTheWordItsCheckConstraintLists(BookingStatus status, String word) {
    BookingStatus.Column column = new BookingStatus.Column();
    assertThat(column.convertToDatabaseColumn(status), is(word));
    assertThat(column.convertToEntityAttribute(word), is(status));
    assertThat(BookingStatus.Column.word(status), is(word));
  }
}
