package com.marketplace.common.web;

import com.marketplace.common.error.ApiException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Typed query parameters, read from strings so that a bad value is a 400 naming the parameter
 * (JAX-RS would answer 404 for a query parameter it cannot convert).
 */
public final class QueryValues {

  private QueryValues() {}

  public static UUID uuid(String name, String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw invalid(name, "an id (UUID)");
    }
  }

  public static OffsetDateTime instant(String name, String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      OffsetDateTime parsed = OffsetDateTime.parse(value);
      if (DateBounds.contains(parsed.getYear())) {
        return parsed;
      }
    } catch (DateTimeParseException e) {
      // the same answer as a date out of range
    }
    throw invalid(
        name,
        "an ISO-8601 date-time with offset in the years "
            + DateBounds.MIN_YEAR
            + " to "
            + DateBounds.MAX_YEAR
            + ", e.g. 2026-01-31T12:00:00Z");
  }

  private static ApiException invalid(String name, String expected) {
    return ApiException.badRequest(
        "errMsg_" + name + "IsNotValid", "Query parameter " + name + " must be " + expected);
  }
}
