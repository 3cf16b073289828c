package com.marketplace.booking.infrastructure.ical;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.booking.domain.CalendarEvent;
import com.marketplace.booking.domain.StayPeriod;
import com.marketplace.common.error.ApiException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcalCodecTest {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final LocalDate MAY_1 = LocalDate.of(2027, 5, 1);

  @Test
  void allDayEventsAreTheirNights() {
    List<CalendarEvent> events =
        IcalCodec.read(
            calendar(event("DTSTART;VALUE=DATE:20270501", "DTEND;VALUE=DATE:20270504")), AMSTERDAM);

    assertThat(events, hasSize(1));
    assertThat(events.get(0).nights(), is(new StayPeriod(MAY_1, MAY_1.plusDays(3))));
    assertThat(events.get(0).uid(), is("e1"));
  }

  @Test
  void utcTimesAreReadInTheListingsZoneAndAPartDayBlocksItsNight() {
    // 22:30 UTC on 30 April is 00:30 on 1 May in Amsterdam; ending at 09:00 local on 2 May
    List<CalendarEvent> events =
        IcalCodec.read(
            calendar(event("DTSTART:20270430T223000Z", "DTEND:20270502T070000Z")), AMSTERDAM);

    assertThat(events.get(0).nights(), is(new StayPeriod(MAY_1, MAY_1.plusDays(2))));
  }

  @Test
  void aDurationOrNoEndIsUnderstood() {
    assertThat(
        IcalCodec.read(calendar(event("DTSTART;VALUE=DATE:20270501", "DURATION:P2D")), AMSTERDAM)
            .get(0)
            .nights(),
        is(new StayPeriod(MAY_1, MAY_1.plusDays(2))));
    assertThat(
        IcalCodec.read(calendar(event("DTSTART;VALUE=DATE:20270501")), AMSTERDAM).get(0).nights(),
        is(new StayPeriod(MAY_1, MAY_1.plusDays(1))));
  }

  @Test
  void cancelledEventsBlockNothing() {
    assertThat(
        IcalCodec.read(
            calendar(event("DTSTART;VALUE=DATE:20270501", "STATUS:CANCELLED")), AMSTERDAM),
        hasSize(0));
  }

  @Test
  void whatIsNotACalendarOrHasNoStartIsRefused() {
    assertThat(
        assertThrows(ApiException.class, () -> IcalCodec.read("hello", AMSTERDAM)).status(),
        is(400));
    assertThat(
        assertThrows(
                ApiException.class, () -> IcalCodec.read(calendar(event("SUMMARY:x")), AMSTERDAM))
            .status(),
        is(400));
  }

  @Test
  void datesThatAreNotDatesAreA400() {
    for (String start :
        new String[] {
          "DTSTART:99999999T999999Z", "DTSTART:20271332T000000Z", "DTSTART;VALUE=DATE:20270230"
        }) {
      ApiException e =
          assertThrows(
              ApiException.class,
              () -> IcalCodec.read(calendar(event(start, "DTEND:20270502T000000Z")), AMSTERDAM));
      assertThat(start, e.status(), is(400));
      assertThat(start, e.messageKey(), is("errMsg_iCalIsMalformed"));
    }
  }

  @Test
  void anEventEndingBeforeItStartsIsRefused() {
    ApiException e =
        assertThrows(
            ApiException.class,
            () ->
                IcalCodec.read(
                    calendar(event("DTSTART;VALUE=DATE:20270505", "DTEND;VALUE=DATE:20270501")),
                    AMSTERDAM));
    assertThat(e.status(), is(400));
    assertThat(e.detail(), containsString("ends before it starts"));
    assertThrows(
        ApiException.class,
        () ->
            IcalCodec.read(
                calendar(event("DTSTART;VALUE=DATE:20270505", "DURATION:-P2D")), AMSTERDAM));
  }

  @Test
  void writesAllDayEventsThatReadBack() {
    StayPeriod stay = new StayPeriod(MAY_1, MAY_1.plusDays(3));
    String text =
        IcalCodec.write("Flat", List.of(new IcalCodec.Entry("r1@x", stay, "Reserved", null)));

    assertThat(text, containsString("DTSTART;VALUE=DATE:20270501"));
    assertThat(text, containsString("DTEND;VALUE=DATE:20270504"));
    assertThat(
        IcalCodec.read(text, AMSTERDAM).stream().map(CalendarEvent::nights).toList(),
        contains(stay));
  }

  private static String calendar(String... events) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        + String.join("", events)
        + "END:VCALENDAR\r\n";
  }

  private static String event(String... lines) {
    return "BEGIN:VEVENT\r\nUID:e1\r\nDTSTAMP:20260101T000000Z\r\n"
        + String.join("\r\n", lines)
        + "\r\nEND:VEVENT\r\n";
  }
}
