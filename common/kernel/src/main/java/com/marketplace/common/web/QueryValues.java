package com.marketplace.common.web;

import com.marketplace.common.error.ApiException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
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

  /**
   * Refuses a query parameter holding U+0000, whatever route reads it: no filter value means a NUL,
   * and PostgreSQL refuses one in any text parameter (a 500 otherwise).
   */
  static void refuseNul(Map<String, List<String>> query) {
    query.forEach(
        (name, values) -> {
          boolean nul =
              name.indexOf('\u0000') >= 0
                  || values.stream()
                      .anyMatch(value -> value != null && value.indexOf('\u0000') >= 0);
          if (nul && !name.matches("[A-Za-z0-9_.-]{1,64}")) {
            // the name is the client's: not echoed unless it is plainly a name
            throw ApiException.badRequest(
                "errMsg_malformedRequest", "A query parameter contains U+0000");
          }
          if (nul) {
            throw invalid(name, "free of U+0000");
          }
        });
  }

  private static ApiException invalid(String name, String expected) {
    return ApiException.badRequest(
        "errMsg_" + name + "IsNotValid", "Query parameter " + name + " must be " + expected);
  }
}
