package com.marketplace.booking.domain;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.common.error.DomainException;
import com.marketplace.common.error.DomainException.Kind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BookingPolicyTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 5, 1);
  private final BookingPolicy policy = new BookingPolicy(2, 7, 1);

  @Test
  void takesStaysWithinItsNightsAndLeadTime() {
    assertDoesNotThrow(() -> policy.check(stay(1, 2), TODAY));
    assertDoesNotThrow(() -> policy.check(stay(10, 7), TODAY));
  }

  @Test
  void refusesThePastAsBadRequest() {
    DomainException past =
        assertThrows(DomainException.class, () -> policy.check(stay(-1, 3), TODAY));
    assertThat(past.kind(), is(Kind.INVALID));
  }

  @Test
  void refusesTooShortTooLongAndTooSoon() {
    assertThat(
        assertThrows(DomainException.class, () -> policy.check(stay(3, 1), TODAY)).kind(),
        is(Kind.REFUSED));
    assertThat(
        assertThrows(DomainException.class, () -> policy.check(stay(3, 8), TODAY)).kind(),
        is(Kind.REFUSED));
    assertThat(
        assertThrows(DomainException.class, () -> policy.check(stay(0, 3), TODAY)).kind(),
        is(Kind.REFUSED));
  }

  private static StayPeriod stay(int daysAhead, int nights) {
    return new StayPeriod(TODAY.plusDays(daysAhead), TODAY.plusDays(daysAhead + nights));
  }
}
