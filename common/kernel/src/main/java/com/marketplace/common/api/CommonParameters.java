package com.marketplace.common.api;

import com.marketplace.common.error.ApiException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The query parameters every route accepts (spec: Common Parameters). Invalid values are refused
 * with 400 rather than silently replaced by defaults.
 *
 * <p>{@code getJoins} and {@code excludeCQRS} choose the joined objects a read answers with ({@link
 * #joins()}). {@code caching} and {@code cacheTTL} are validated and accepted, but change nothing:
 * every answer is read from the database ({@code source: "db"}), as there are no response caches to
 * bypass.
 */
public record CommonParameters(
    PageRequest page,
    boolean getJoins,
    boolean excludeCqrs,
    String requestId,
    boolean caching,
    int cacheTtlSeconds) {

  public static final int DEFAULT_PAGE_ROW_COUNT = 25;
  public static final int MAX_PAGE_ROW_COUNT = 500;

  private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Reads the parameters from {@code query} (name to first value, or null when absent). */
  public static CommonParameters parse(Function<String, String> query) {
    int pageRowCount =
        integer(query, "pageRowCount", DEFAULT_PAGE_ROW_COUNT, 1, MAX_PAGE_ROW_COUNT);
    // the page's first row must still be a row number the database can skip to
    int pageNumber = integer(query, "pageNumber", 1, 0, PageRequest.lastPageNumber(pageRowCount));
    return new CommonParameters(
        new PageRequest(pageNumber, pageRowCount),
        bool(query, "getJoins", true),
        bool(query, "excludeCQRS", false),
        requestId(query.apply("requestId")),
        bool(query, "caching", false),
        integer(query, "cacheTTL", 0, 0, 86_400));
  }

  /** Which joined objects the answer carries: none, the local ones, or all. */
  public JoinScope joins() {
    return JoinScope.of(getJoins, excludeCqrs);
  }

  /** A fresh request id: 32 hex digits, as the spec's default. */
  public static String newRequestId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static String requestId(String value) {
    if (value == null || value.isEmpty()) {
      return newRequestId();
    }
    if (!REQUEST_ID.matcher(value).matches()) {
      throw invalid("requestId", "up to 64 letters, digits, '.', '_' or '-'");
    }
    return value;
  }

  private static int integer(
      Function<String, String> query, String name, int defaultValue, int min, int max) {
    String value = query.apply(name);
    if (value == null || value.isEmpty()) {
      return defaultValue;
    }
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // falls through to the same answer as an out-of-range number
    }
    throw invalid(name, "a whole number from " + min + " to " + max);
  }

  private static boolean bool(Function<String, String> query, String name, boolean defaultValue) {
    String value = query.apply(name);
    if (value == null || value.isEmpty()) {
      return defaultValue;
    }
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(value);
    }
    throw invalid(name, "true or false");
  }

  private static ApiException invalid(String name, String expected) {
    return ApiException.badRequest(
        "errMsg_" + name + "IsNotValid", "Query parameter " + name + " must be " + expected);
  }
}
