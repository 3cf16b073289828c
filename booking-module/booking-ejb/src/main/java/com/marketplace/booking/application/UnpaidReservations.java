package com.marketplace.booking.application;

import com.marketplace.booking.domain.Reservation;
import com.marketplace.common.jobs.ClusterJobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A reservation that could be paid and is not, within {@code BOOKING_PAYMENT_WINDOW_MINUTES}
 * (default 60) of its last change (its creation, or the host's confirmation), is cancelled and its
 * nights freed: otherwise a guest who never pays blocks the dates for good. A payment under way
 * (processing, 3-D Secure) is waited for. Every node's timer fires every 5 minutes; the first to
 * claim the run does it, in one transaction (at most {@value #BATCH} reservations a run).
 */
@Singleton
public class UnpaidReservations {

  static final String JOB = "booking.expireUnpaidReservations";
  static final int BATCH = 500;

  @PersistenceContext(unitName = "booking")
  EntityManager em;

  @Inject ClusterJobs jobs;
  @Inject BookingJournal journal;

  @Inject
  @ConfigProperty(name = "BOOKING_PAYMENT_WINDOW_MINUTES", defaultValue = "60")
  long windowMinutes;

  @Schedule(hour = "*", minute = "*/5", persistent = false)
  public void expireOnSchedule() {
    if (jobs.claim(JOB, Duration.ofMinutes(4))) {
      expireOverdue();
    }
  }

  /**
   * Cancels the payable reservations unpaid for longer than the payment window.
   *
   * @return how many were cancelled
   */
  public int expireOverdue() {
    OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(windowMinutes);
    List<Reservation> overdue =
        em.createQuery(
                "select r from Reservation r where r.active = true"
                    + " and r.bookingStatus in ('pending', 'confirmed')"
                    + " and r.paymentConfirmation in ('pending', 'canceled')"
                    + " and r.updatedAt < :cutoff order by r.updatedAt",
                Reservation.class)
            .setParameter("cutoff", cutoff)
            .setMaxResults(BATCH)
            .getResultList();
    int expired = 0;
    for (Reservation reservation : overdue) {
      em.lock(reservation, LockModeType.PESSIMISTIC_WRITE);
      em.refresh(reservation); // a payment may have arrived since the query
      if (!reservation.isPayable() || !reservation.updatedAt().isBefore(cutoff)) {
        continue; // paid, or a manual one still waiting for its host, or changed meanwhile
      }
      Map<String, Object> before = ReservationState.of(reservation);
      reservation.cancel(null);
      Holds.release(em, reservation);
      journal.record(
          "reservation.expired",
          reservation.tenantId(),
          Reservations.OBJECT_TYPE,
          reservation.id(),
          before,
          ReservationState.of(reservation));
      expired++;
    }
    return expired;
  }
}
