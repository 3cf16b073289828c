package com.marketplace.common.ratelimit;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A budget of {@code requests} per {@code period}, refilled smoothly (a token bucket): {@code
 * 120/60s} allows a burst of 120 and then one request every half second.
 */
public record Limit(long requests, Duration period) {

  private static final Pattern SPEC = Pattern.compile("(\\d{1,9})\\s*/\\s*(\\d{1,7})([smh])");

  public Limit {
    if (requests < 1 || period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("A limit needs requests >= 1 and a positive period");
    }
  }

  /**
   * Reads {@code <requests>/<n>s|m|h} (e.g. {@code 120/60s}, {@code 10/1m}) or an ISO-8601 period
   * ({@code 120/PT1M}); {@code off}, {@code none} or {@code unlimited} mean no limit.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static Optional<Limit> parse(String spec) {
    String text = spec.strip();
    if (text.equalsIgnoreCase("off")
        || text.equalsIgnoreCase("none")
        || text.equalsIgnoreCase("unlimited")) {
      return Optional.empty();
    }
    Matcher short_ = SPEC.matcher(text);
    if (short_.matches()) {
      long amount = Long.parseLong(short_.group(2));
      Duration period =
          switch (short_.group(3)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
          };
      return Optional.of(new Limit(Long.parseLong(short_.group(1)), period));
    }
    String[] parts = text.split("/", 2);
    try {
      if (parts.length == 2 && parts[1].strip().startsWith("PT")) {
        return Optional.of(
            new Limit(Long.parseLong(parts[0].strip()), Duration.parse(parts[1].strip())));
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      // falls through to the message below
    }
    throw new IllegalArgumentException(
        "Not a rate limit (e.g. 120/60s, 10/1m, 120/PT1M or off): '" + spec + "'");
  }

  /** As {@link #parse} reads it, e.g. {@code 120/PT1M}; part of the bucket's key. */
  @Override
  public String toString() {
    return requests + "/" + period;
  }
}
