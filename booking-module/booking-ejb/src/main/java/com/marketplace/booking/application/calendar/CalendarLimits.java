package com.marketplace.booking.application.calendar;

import com.marketplace.common.error.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How much of a calendar the module takes, fetched or uploaded: at most {@code
 * BOOKING_ICAL_MAX_BYTES} bytes (default 1 MiB) and {@code BOOKING_ICAL_MAX_EVENTS} events (default
 * 5,000). Read from MicroProfile Config on each use, so an operator's change needs no redeploy.
 */
public final class CalendarLimits {

  static final long DEFAULT_MAX_BYTES = 1_048_576L;
  static final int DEFAULT_MAX_EVENTS = 5_000;

  private CalendarLimits() {}

  public static long maxBytes() {
    return ConfigProvider.getConfig()
        .getOptionalValue("BOOKING_ICAL_MAX_BYTES", Long.class)
        .orElse(DEFAULT_MAX_BYTES);
  }

  static int maxEvents() {
    return ConfigProvider.getConfig()
        .getOptionalValue("BOOKING_ICAL_MAX_EVENTS", Integer.class)
        .orElse(DEFAULT_MAX_EVENTS);
  }

  /**
   * An uploaded calendar as text, read no further than the cap: a declared or actual size above it
   * is a 413 before anything is parsed or written.
   */
  public static String uploaded(InputStream body, long declaredLength) {
    return uploaded(body, declaredLength, maxBytes());
  }

  static String uploaded(InputStream body, long declaredLength, long maxBytes) {
    if (declaredLength > maxBytes) {
      throw tooLarge(maxBytes);
    }
    if (body == null) {
      return "";
    }
    try {
      byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw tooLarge(maxBytes);
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void requireFewEnough(int events, int maxEvents) {
    if (events > maxEvents) {
      throw ApiException.unprocessable(
          "errMsg_iCalHasTooManyEvents",
          "The calendar is refused: it has "
              + events
              + " events, at most "
              + maxEvents
              + " are read");
    }
  }

  private static ApiException tooLarge(long maxBytes) {
    return new ApiException(
        413, "errMsg_iCalIsTooLarge", "The calendar is refused: it exceeds " + maxBytes + " bytes");
  }
}
