package com.marketplace.booking.domain;

import com.marketplace.common.error.DomainException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The nights of a stay as the half-open range {@code [checkIn, checkOut)}, as PostgreSQL's {@code
 * daterange} has it: the check-out day is not a night of the stay, so a stay may begin on the day
 * another ends.
 */
public record StayPeriod(LocalDate checkIn, LocalDate checkOut) {

  public StayPeriod {
    Objects.requireNonNull(checkIn, "checkIn");
    Objects.requireNonNull(checkOut, "checkOut");
    if (!checkIn.isBefore(checkOut)) {
      throw DomainException.invalid(
          "errMsg_checkOutMustBeAfterCheckIn",
          "checkOut (" + checkOut + ") must be after checkIn (" + checkIn + ")");
    }
  }

  public int nights() {
    return (int) ChronoUnit.DAYS.between(checkIn, checkOut);
  }

  /** Whether the two stays share a night; back-to-back stays do not. */
  public boolean overlaps(StayPeriod other) {
    return checkIn.isBefore(other.checkOut) && other.checkIn.isBefore(checkOut);
  }

  /** Whole days from {@code today} to check-in (negative once check-in has passed). */
  public long daysBeforeCheckIn(LocalDate today) {
    return ChronoUnit.DAYS.between(today, checkIn);
  }

  /** Whether the stay is over on {@code today}: the guest left on or before it. */
  public boolean isOverOn(LocalDate today) {
    return !today.isBefore(checkOut);
  }
}
