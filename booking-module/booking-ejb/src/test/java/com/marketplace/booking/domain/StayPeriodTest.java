package com.marketplace.booking.domain;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.common.error.DomainException;
import com.marketplace.common.error.DomainException.Kind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StayPeriodTest {

  private static final LocalDate MAY_1 = LocalDate.of(2027, 5, 1);

  @Test
  void countsNightsNotDays() {
    assertThat(new StayPeriod(MAY_1, MAY_1.plusDays(3)).nights(), is(3));
  }

  @Test
  void checkOutMustFollowCheckIn() {
    DomainException sameDay =
        assertThrows(DomainException.class, () -> new StayPeriod(MAY_1, MAY_1));
    assertThat(sameDay.kind(), is(Kind.INVALID));
    assertThrows(DomainException.class, () -> new StayPeriod(MAY_1, MAY_1.minusDays(1)));
  }

  @Test
  void backToBackStaysDoNotOverlap() {
    StayPeriod first = new StayPeriod(MAY_1, MAY_1.plusDays(3));
    StayPeriod next = new StayPeriod(MAY_1.plusDays(3), MAY_1.plusDays(5));
    assertThat(first.overlaps(next), is(false));
    assertThat(next.overlaps(first), is(false));
  }

  @Test
  void sharingOneNightOverlaps() {
    StayPeriod first = new StayPeriod(MAY_1, MAY_1.plusDays(3));
    assertThat(first.overlaps(new StayPeriod(MAY_1.plusDays(2), MAY_1.plusDays(6))), is(true));
    assertThat(first.overlaps(new StayPeriod(MAY_1.minusDays(1), MAY_1.plusDays(1))), is(true));
    assertThat(first.overlaps(new StayPeriod(MAY_1.plusDays(1), MAY_1.plusDays(2))), is(true));
  }

  @Test
  void isOverFromTheCheckOutDay() {
    StayPeriod stay = new StayPeriod(MAY_1, MAY_1.plusDays(2));
    assertThat(stay.isOverOn(MAY_1.plusDays(1)), is(false));
    assertThat(stay.isOverOn(MAY_1.plusDays(2)), is(true));
  }

  @Test
  void daysBeforeCheckInCountWholeDays() {
    StayPeriod stay = new StayPeriod(MAY_1, MAY_1.plusDays(2));
    assertThat(stay.daysBeforeCheckIn(MAY_1.minusDays(5)), equalTo(5L));
    assertThat(stay.daysBeforeCheckIn(MAY_1), equalTo(0L));
    assertThat(stay.daysBeforeCheckIn(MAY_1.plusDays(1)), equalTo(-1L));
  }
}
