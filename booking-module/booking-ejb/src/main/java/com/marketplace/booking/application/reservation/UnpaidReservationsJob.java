package com.marketplace.booking.application.reservation;

import com.marketplace.booking.application.BookingJournal;
import com.marketplace.booking.application.calendar.Holds;
import com.marketplace.booking.domain.CalendarHoldRepository;
import com.marketplace.booking.domain.Reservation;
import com.marketplace.booking.domain.ReservationRepository;
import com.marketplace.common.jobs.ClusterJobs;
import com.marketplace.common.jobs.JobTiming;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reservations nobody acts on stop holding their nights, so that dates are never blocked for good:
 *
 * <ul>
 *   <li>one that could be paid and is not, within {@code BOOKING_PAYMENT_WINDOW_MINUTES} (default
 *       60) of its last change (its creation, or the host's confirmation), is cancelled; a payment
 *       under way (processing, 3-D Secure) is waited for;
 *   <li>a manual request its host has not answered within {@code BOOKING_HOST_RESPONSE_MINUTES}
 *       (default 1440, a day) is declined.
 * </ul>
 *
 * Every node's timer fires every 5 minutes; the first to claim the run does it, in one transaction
 * (at most {@value #BATCH} reservations of each kind a run).
 */
@Singleton
@Interceptors(JobTiming.class)
public class UnpaidReservationsJob {

  static final String JOB = "booking.expireUnpaidReservations";
  static final int BATCH = 500;

  @Inject ReservationRepository reservations;
  @Inject CalendarHoldRepository holds;

  @Inject ClusterJobs jobs;
  @Inject BookingJournal journal;

  @Inject
  @ConfigProperty(name = "BOOKING_PAYMENT_WINDOW_MINUTES", defaultValue = "60")
  long windowMinutes;

  @Inject
  @ConfigProperty(name = "BOOKING_HOST_RESPONSE_MINUTES", defaultValue = "1440")
  long hostResponseMinutes;

  @Schedule(hour = "*", minute = "*/5", persistent = false)
  public void expireOnSchedule() {
    if (jobs.claim(JOB, Duration.ofMinutes(4))) {
      expireOverdue();
    }
  }

  /**
   * Cancels the payable reservations unpaid for longer than the payment window, and declines the
   * manual requests unanswered for longer than the host's response time.
   *
   * @return how many reservations stopped holding their nights
   */
  public int expireOverdue() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    return expire(
            now.minusMinutes(windowMinutes),
            reservations::unpaidUnchangedSince,
            Reservation::isPayable,
            reservation -> reservation.cancel(null))
        + expire(
            now.minusMinutes(hostResponseMinutes),
            reservations::unansweredUnchangedSince,
            Reservation::awaitsHost,
            Reservation::decline);
  }

  private int expire(
      OffsetDateTime cutoff,
      BiFunction<OffsetDateTime, Integer, List<Reservation>> unchangedSince,
      Predicate<Reservation> stillDue,
      Consumer<Reservation> end) {
    List<Reservation> overdue = unchangedSince.apply(cutoff, BATCH);
    int expired = 0;
    for (Reservation reservation : overdue) {
      reservations.lockAndRefresh(reservation); // a payment or the host may have acted since
      if (!stillDue.test(reservation) || !reservation.updatedAt().isBefore(cutoff)) {
        continue;
      }
      Map<String, Object> before = ReservationState.of(reservation);
      end.accept(reservation);
      Holds.release(holds, reservation);
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
