package com.marketplace.booking.application.calendar;

import com.marketplace.booking.domain.CalendarHold;
import com.marketplace.booking.domain.CalendarHoldRepository;
import com.marketplace.booking.domain.NightsTaken;
import com.marketplace.booking.domain.Reservation;
import com.marketplace.common.error.ApiException;

/** Writing and freeing calendar holds, with the database's verdict on overlaps. */
public final class Holds {

  private Holds() {}

  /**
   * Flushes pending holds now, so that the exclusion constraint answers inside this use case: a
   * live hold sharing a night with the new one is a 409.
   */
  public static void flush(CalendarHoldRepository holds) {
    try {
      holds.flush();
    } catch (NightsTaken e) {
      throw ApiException.conflict(
          "errMsg_datesNotAvailable", "Some of these nights are already taken at this listing");
    }
  }

  /** The reservation's nights are free again. */
  public static void release(CalendarHoldRepository holds, Reservation reservation) {
    holds.ofReservation(reservation.id()).forEach(CalendarHold::release);
  }
}
