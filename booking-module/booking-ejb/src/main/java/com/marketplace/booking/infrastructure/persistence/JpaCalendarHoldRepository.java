package com.marketplace.booking.infrastructure.persistence;

import com.marketplace.booking.domain.CalendarHold;
import com.marketplace.booking.domain.CalendarHoldRepository;
import com.marketplace.booking.domain.NightsTaken;
import com.marketplace.common.persistence.SqlStates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Holds in {@code booking.calendar_hold}, whose exclusion constraint keeps a listing's live holds
 * apart (migration V2).
 */
@ApplicationScoped
public class JpaCalendarHoldRepository implements CalendarHoldRepository {

  static final String EXCLUSION_VIOLATION = "23P01";
  static final String DEADLOCK = "40P01";

  @PersistenceContext(unitName = "booking")
  EntityManager em;

  @Override
  public void add(CalendarHold hold) {
    em.persist(hold);
  }

  /** A violated exclusion constraint, or a deadlock between two racing inserts, is taken nights. */
  @Override
  public void flush() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (SqlStates.causedBy(e, EXCLUSION_VIOLATION) || SqlStates.causedBy(e, DEADLOCK)) {
        throw new NightsTaken(e);
      }
      throw e;
    }
  }

  @Override
  public List<CalendarHold> ofReservation(UUID reservationId) {
    return em.createQuery(
            "select h from CalendarHold h where h.reservationId = :reservation", CalendarHold.class)
        .setParameter("reservation", reservationId)
        .getResultList();
  }

  @Override
  public void removeOfSource(UUID importSourceId) {
    em.createQuery("delete from CalendarHold h where h.importSourceId = :source")
        .setParameter("source", importSourceId)
        .executeUpdate();
  }

  @Override
  public List<CalendarHold> liveOfListingFrom(UUID tenantId, UUID listingId, LocalDate since) {
    return em.createQuery(
            "select h from CalendarHold h where h.tenantId = :tenant and h.listingId = :listing"
                + " and h.live = true and h.checkOut >= :since order by h.checkIn",
            CalendarHold.class)
        .setParameter("tenant", tenantId)
        .setParameter("listing", listingId)
        .setParameter("since", since)
        .getResultList();
  }
}
