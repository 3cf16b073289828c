package com.marketplace.common.web;

import jakarta.json.JsonString;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * The dates the API accepts from a client, in a query parameter or a body: years 1900 to 9999.
 * Java's date types reach a billion years; PostgreSQL's do not, and no stay, lesson or audit filter
 * means year 99999. Outside the range is a 400, never a database error.
 */
public final class DateBounds {

  public static final int MIN_YEAR = 1900;
  public static final int MAX_YEAR = 9999;

  private DateBounds() {}

  public static boolean contains(int year) {
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }

  /** JSON-B reads each date type of a body through one of these, refusing years out of range. */
  static JsonbDeserializer<?>[] deserializers() {
    return new JsonbDeserializer<?>[] {
      new LocalDates(), new LocalDateTimes(), new OffsetDateTimes(), new Instants()
    };
  }

  static final class LocalDates extends Reading<LocalDate> {
    LocalDates() {
      super(LocalDate::parse, LocalDate::getYear);
    }
  }

  static final class LocalDateTimes extends Reading<LocalDateTime> {
    LocalDateTimes() {
      super(LocalDateTime::parse, LocalDateTime::getYear);
    }
  }

  static final class OffsetDateTimes extends Reading<OffsetDateTime> {
    OffsetDateTimes() {
      super(OffsetDateTime::parse, OffsetDateTime::getYear);
    }
  }

  static final class Instants extends Reading<Instant> {
    Instants() {
      super(Instant::parse, instant -> instant.atOffset(ZoneOffset.UTC).getYear());
    }
  }

  private static String shortened(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  /** Reads one date type from its ISO-8601 string. */
  private abstract static class Reading<T> implements JsonbDeserializer<T> {
    private final Function<String, T> parse;
    private final Function<T, Integer> year;

    Reading(Function<String, T> parse, Function<T, Integer> year) {
      this.parse = parse;
      this.year = year;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context, Type type) {
      if (!(parser.getValue() instanceof JsonString string)) {
        throw new JsonbException("expected an ISO-8601 date string");
      }
      String text = string.getString();
      T value;
      try {
        value = parse.apply(text);
      } catch (DateTimeParseException e) {
        throw new JsonbException("not an ISO-8601 date: " + shortened(text));
      }
      if (!contains(year.apply(value))) {
        throw new JsonbException(
            "date " + shortened(text) + " is outside the years " + MIN_YEAR + " to " + MAX_YEAR);
      }
      return value;
    }
  }
}
