package com.marketplace.booking.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The holds on listings' nights. No two live holds of a listing share a night: the database's
 * exclusion constraint guarantees it, and {@link #flush()} reports its verdict.
 */
public interface CalendarHoldRepository {

  void add(CalendarHold hold);

  /**
   * Writes the pending holds now, so that the exclusion constraint answers inside the use case.
   *
   * @throws NightsTaken if a live hold already takes one of the nights
   */
  void flush();

  List<CalendarHold> ofReservation(UUID reservationId);

  /** Deletes every hold an imported calendar wrote. */
  void removeOfSource(UUID importSourceId);

  /** The listing's live holds whose check-out is on or after {@code since}, by check-in. */
  List<CalendarHold> liveOfListingFrom(UUID tenantId, UUID listingId, LocalDate since);
}
