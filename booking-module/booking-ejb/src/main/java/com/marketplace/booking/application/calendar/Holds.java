package com.marketplace.booking.application.calendar;

import com.marketplace.booking.domain.CalendarHold;
import com.marketplace.booking.domain.Reservation;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.persistence.SqlStates;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/** Writing and freeing calendar holds, with the database's verdict on overlaps. */
public final class Holds {

  static final String EXCLUSION_VIOLATION = "23P01";
  static final String DEADLOCK = "40P01";

  private Holds() {}

  /**
   * Flushes pending holds now, so that the exclusion constraint answers inside this use case: a
   * live hold sharing a night with the new one is a 409.
   */
  public static void flush(EntityManager em) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (SqlStates.causedBy(e, EXCLUSION_VIOLATION) || SqlStates.causedBy(e, DEADLOCK)) {
        throw ApiException.conflict(
            "errMsg_datesNotAvailable", "Some of these nights are already taken at this listing");
      }
      throw e;
    }
  }

  /** The reservation's nights are free again. */
  public static void release(EntityManager em, Reservation reservation) {
    em.createQuery(
            "select h from CalendarHold h where h.reservationId = :reservation", CalendarHold.class)
        .setParameter("reservation", reservation.id())
        .getResultList()
        .forEach(CalendarHold::release);
  }
}
