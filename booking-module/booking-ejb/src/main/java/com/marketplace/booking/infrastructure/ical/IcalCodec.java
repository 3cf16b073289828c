package com.marketplace.booking.infrastructure.ical;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import com.marketplace.booking.domain.CalendarEvent;
import com.marketplace.booking.domain.StayPeriod;
import com.marketplace.common.error.ApiException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * iCalendar (RFC 5545) with biweekly: busy periods read from a calendar, as whole nights of a
 * listing; and calendars written as all-day events ({@code DTSTART;VALUE=DATE} to the exclusive
 * {@code DTEND}), as calendar clients show stays.
 */
public final class IcalCodec {

  private static final String PRODUCT = "-//marketplace//booking//EN";

  private IcalCodec() {}

  /** An all-day event to write. */
  public record Entry(String uid, StayPeriod nights, String summary, String location) {}

  public static String write(String name, List<Entry> entries) {
    ICalendar ical = new ICalendar();
    ical.setProductId(PRODUCT);
    ical.setName(name);
    for (Entry entry : entries) {
      VEvent event = new VEvent();
      event.setUid(entry.uid());
      event.setSummary(entry.summary());
      if (entry.location() != null) {
        event.setLocation(entry.location());
      }
      event.setDateStart(new DateStart(date(entry.nights().checkIn())));
      event.setDateEnd(new DateEnd(date(entry.nights().checkOut())));
      ical.addEvent(event);
    }
    return Biweekly.write(ical).go();
  }

  /**
   * The events of a calendar as nights in {@code zone} (the listing's): an event's first night is
   * the day it starts; its check-out is the day it ends, or the next day if it ends during a day.
   * Cancelled events are skipped. Anything that is not a calendar, an event without a start, an
   * event whose dates are not dates ({@code DTSTART:99999999T999999Z}) or one that ends before it
   * starts is a 400, and nothing of the calendar is used.
   */
  public static List<CalendarEvent> read(String text, ZoneId zone) {
    List<ICalendar> calendars;
    try {
      calendars = Biweekly.parse(text).all();
    } catch (RuntimeException e) {
      throw malformed("it could not be parsed");
    }
    if (calendars.isEmpty()) {
      throw malformed("it holds no VCALENDAR");
    }
    List<CalendarEvent> events = new ArrayList<>();
    for (ICalendar calendar : calendars) {
      for (VEvent event : calendar.getEvents()) {
        if (event.getStatus() != null && event.getStatus().isCancelled()) {
          continue;
        }
        events.add(readable(event, zone));
      }
    }
    return events;
  }

  private static CalendarEvent readable(VEvent event, ZoneId zone) {
    try {
      return event(event, zone);
    } catch (DateTimeException | ArithmeticException e) {
      throw malformed("an event's dates are not valid dates or times");
    }
  }

  private static CalendarEvent event(VEvent event, ZoneId zone) {
    if (event.getDateStart() == null || event.getDateStart().getValue() == null) {
      throw malformed("an event has no DTSTART");
    }
    ICalDate start = event.getDateStart().getValue();
    LocalDateTime begins = local(start, zone);
    LocalDateTime ends;
    if (event.getDateEnd() != null && event.getDateEnd().getValue() != null) {
      ends = local(event.getDateEnd().getValue(), zone);
    } else if (event.getDuration() != null && event.getDuration().getValue() != null) {
      ends = begins.plus(Duration.ofMillis(event.getDuration().getValue().toMillis()));
    } else {
      ends = begins.toLocalDate().plusDays(1).atStartOfDay();
    }
    if (ends.isBefore(begins)) {
      throw malformed("an event ends before it starts");
    }
    LocalDate checkIn = begins.toLocalDate();
    LocalDate checkOut =
        ends.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
            ? ends.toLocalDate()
            : ends.toLocalDate().plusDays(1);
    if (!checkOut.isAfter(checkIn)) {
      checkOut = checkIn.plusDays(1);
    }
    String uid = event.getUid() == null ? null : event.getUid().getValue();
    String summary = event.getSummary() == null ? null : event.getSummary().getValue();
    return new CalendarEvent(new StayPeriod(checkIn, checkOut), uid, summary);
  }

  /** A DATE as that date; a DATE-TIME in UTC moved to the zone; a local DATE-TIME as it is. */
  private static LocalDateTime local(ICalDate value, ZoneId zone) {
    DateTimeComponents raw = value.getRawComponents();
    if (raw == null) {
      return LocalDateTime.ofInstant(value.toInstant(), zone);
    }
    if (!raw.hasTime()) {
      return LocalDate.of(raw.getYear(), raw.getMonth(), raw.getDate()).atStartOfDay();
    }
    LocalDateTime local =
        LocalDateTime.of(
            raw.getYear(),
            raw.getMonth(),
            raw.getDate(),
            raw.getHour(),
            raw.getMinute(),
            raw.getSecond());
    return raw.isUtc()
        ? local.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDateTime()
        : local;
  }

  /** An all-day value: the date's components, written as {@code VALUE=DATE}. */
  private static ICalDate date(LocalDate day) {
    DateTimeComponents components =
        new DateTimeComponents(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    return new ICalDate(components.toDate(), components, false);
  }

  private static ApiException malformed(String why) {
    return ApiException.badRequest("errMsg_iCalIsMalformed", "The calendar is refused: " + why);
  }
}
