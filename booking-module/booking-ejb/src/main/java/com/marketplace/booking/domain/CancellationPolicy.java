package com.marketplace.booking.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * How much of the amount paid a guest gets back when they cancel, by whole days left before
 * check-in (in the listing's time zone): the first tier, from the most days down, whose {@code
 * minDaysBefore} the cancellation meets; nothing if none. Presets:
 *
 * <ul>
 *   <li>{@code flexible}: 100 % up to 1 day before check-in, then nothing;
 *   <li>{@code moderate}: 100 % up to 5 days before, 50 % up to 1 day before, then nothing;
 *   <li>{@code strict}: 100 % up to 14 days before, 50 % up to 7 days before, then nothing.
 * </ul>
 *
 * A reservation keeps the tiers it was booked under, so a later change of the listing's policy
 * never changes what an existing guest gets back.
 */
public record CancellationPolicy(String preset, List<RefundTier> tiers) {

  /** {@code refundPercent} % back when cancelling at least {@code minDaysBefore} days ahead. */
  public record RefundTier(int minDaysBefore, int refundPercent) {
    public RefundTier {
      if (minDaysBefore < 0 || refundPercent < 0 || refundPercent > 100) {
        throw new IllegalArgumentException(
            "Refund tier " + refundPercent + "% at " + minDaysBefore + " days");
      }
    }
  }

  public CancellationPolicy {
    tiers =
        tiers.stream()
            .sorted(Comparator.comparingInt(RefundTier::minDaysBefore).reversed())
            .toList();
  }

  public static CancellationPolicy preset(String name) {
    return switch (name == null ? "moderate" : name) {
      case "flexible" -> new CancellationPolicy("flexible", List.of(new RefundTier(1, 100)));
      case "moderate" ->
          new CancellationPolicy(
              "moderate", List.of(new RefundTier(5, 100), new RefundTier(1, 50)));
      case "strict" ->
          new CancellationPolicy("strict", List.of(new RefundTier(14, 100), new RefundTier(7, 50)));
      default -> throw new IllegalArgumentException("Unknown cancellation preset " + name);
    };
  }

  public int refundPercent(long daysBeforeCheckIn) {
    return tiers.stream()
        .filter(tier -> daysBeforeCheckIn >= tier.minDaysBefore())
        .findFirst()
        .map(RefundTier::refundPercent)
        .orElse(0);
  }

  /** The refund of {@code paidMinor}, rounded down to a whole minor unit. */
  public long refundMinor(long paidMinor, long daysBeforeCheckIn) {
    return BigDecimal.valueOf(paidMinor)
        .multiply(BigDecimal.valueOf(refundPercent(daysBeforeCheckIn)))
        .movePointLeft(2)
        .setScale(0, RoundingMode.DOWN)
        .longValueExact();
  }
}
