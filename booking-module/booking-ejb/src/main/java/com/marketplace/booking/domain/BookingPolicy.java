package com.marketplace.booking.domain;

import com.marketplace.common.error.DomainException;
import java.time.LocalDate;

/**
 * A listing's rules on which stays it takes: at least {@code minNights} and at most {@code
 * maxNights} nights, booked at least {@code leadTimeDays} days before check-in (0: check-in today
 * is fine). A reservation keeps a snapshot of the policy it was booked under.
 */
public record BookingPolicy(int minNights, int maxNights, int leadTimeDays) {

  public static final BookingPolicy DEFAULT = new BookingPolicy(1, 365, 0);

  public BookingPolicy {
    if (minNights < 1 || maxNights < minNights || leadTimeDays < 0) {
      throw new IllegalArgumentException(
          "Booking policy " + minNights + ".." + maxNights + " nights, lead " + leadTimeDays);
    }
  }

  /**
   * Refuses a stay this policy does not take, {@code today} being the date in the listing's time
   * zone.
   */
  public void check(StayPeriod stay, LocalDate today) {
    if (stay.checkIn().isBefore(today)) {
      throw DomainException.invalid(
          "errMsg_checkInIsInThePast",
          "checkIn " + stay.checkIn() + " is before today (" + today + ") at the listing");
    }
    if (stay.daysBeforeCheckIn(today) < leadTimeDays) {
      throw DomainException.refused(
          "errMsg_leadTimeNotMet",
          "This listing is booked at least " + leadTimeDays + " day(s) before check-in");
    }
    if (stay.nights() < minNights || stay.nights() > maxNights) {
      throw DomainException.refused(
          "errMsg_nightsOutsidePolicy",
          "This listing takes stays of "
              + minNights
              + " to "
              + maxNights
              + " nights, not "
              + stay.nights());
    }
  }
}
