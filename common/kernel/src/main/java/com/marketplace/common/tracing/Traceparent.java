package com.marketplace.common.tracing;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A W3C Trace Context {@code traceparent} value, {@code 00-<trace id>-<parent span id>-<flags>}:
 * what a trace needs to continue in another process. Only the ids and the sampled flag: never
 * baggage, so nothing a client or a user typed travels with it.
 *
 * @param traceId 32 lowercase hex digits, not all zero
 * @param spanId 16 lowercase hex digits, not all zero
 * @param sampled whether the sender recorded its span
 */
public record Traceparent(String traceId, String spanId, boolean sampled) {

  private static final Pattern VALUE =
      Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?");
  private static final Pattern ZEROS = Pattern.compile("0+");

  public Traceparent {
    if (traceId == null || traceId.length() != 32 || !isHex(traceId) || isZero(traceId)) {
      throw new IllegalArgumentException("not a trace id: " + traceId);
    }
    if (spanId == null || spanId.length() != 16 || !isHex(spanId) || isZero(spanId)) {
      throw new IllegalArgumentException("not a span id: " + spanId);
    }
  }

  /**
   * Reads a header or message property as the W3C recommendation says: version {@code ff} and
   * all-zero ids are invalid, a version {@code 00} value has exactly four fields, and a later
   * version may append fields after the four it shares with {@code 00}.
   *
   * @return empty when {@code value} is absent or not a valid traceparent (the receiver then starts
   *     a new trace, as if none had been sent)
   */
  public static Optional<Traceparent> parse(String value) {
    if (value == null || value.length() > 512) {
      return Optional.empty();
    }
    var fields = VALUE.matcher(value.strip());
    if (!fields.matches()) {
      return Optional.empty();
    }
    String version = fields.group(1);
    if (version.equals("ff") || (version.equals("00") && fields.group(5) != null)) {
      return Optional.empty();
    }
    String traceId = fields.group(2);
    String spanId = fields.group(3);
    if (isZero(traceId) || isZero(spanId)) {
      return Optional.empty();
    }
    int flags = Integer.parseInt(fields.group(4), 16);
    return Optional.of(new Traceparent(traceId, spanId, (flags & 1) == 1));
  }

  /** The value to send: always version {@code 00}. */
  @Override
  public String toString() {
    return "00-" + traceId + "-" + spanId + (sampled ? "-01" : "-00");
  }

  private static boolean isHex(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isZero(String value) {
    return ZEROS.matcher(value).matches();
  }
}
