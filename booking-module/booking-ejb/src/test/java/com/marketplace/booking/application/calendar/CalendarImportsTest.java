package com.marketplace.booking.application.calendar;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;

import com.marketplace.booking.domain.CalendarEvent;
import com.marketplace.booking.domain.StayPeriod;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarImportsTest {

  private static final LocalDate D = LocalDate.of(2027, 5, 1);

  @Test
  void overlappingEventsOfOneCalendarBecomeOneBlockAndBackToBackOnesStayApart() {
    List<CalendarEvent> events =
        List.of(
            event(D.plusDays(10), D.plusDays(12)),
            event(D, D.plusDays(3)),
            event(D.plusDays(1), D.plusDays(5)),
            event(D.plusDays(5), D.plusDays(6)));

    assertThat(
        CalendarImports.merged(events).stream().map(CalendarEvent::nights).toList(),
        contains(
            new StayPeriod(D, D.plusDays(5)),
            new StayPeriod(D.plusDays(5), D.plusDays(6)),
            new StayPeriod(D.plusDays(10), D.plusDays(12))));
  }

  private static CalendarEvent event(LocalDate from, LocalDate to) {
    return new CalendarEvent(new StayPeriod(from, to), null, null);
  }
}
