package com.marketplace.booking.application.reservation;

import com.marketplace.booking.application.BookingJournal;
import com.marketplace.booking.domain.Reservation;
import com.marketplace.booking.domain.ReservationRepository;
import com.marketplace.common.jobs.ClusterJobs;
import com.marketplace.common.jobs.JobTiming;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Confirmed, paid stays become complete once their check-out day has come in the listing's time
 * zone. Every node's timer fires every 15 minutes; the first to claim the run does it, in one
 * transaction (at most {@value #BATCH} stays a run; the next run takes the rest).
 */
@Singleton
@Interceptors(JobTiming.class)
public class StayCompletionJob {

  static final String JOB = "booking.completeStays";
  static final int BATCH = 500;

  @Inject ReservationRepository reservations;

  @Inject ClusterJobs jobs;
  @Inject BookingJournal journal;

  @Schedule(hour = "*", minute = "*/15", persistent = false)
  public void completeFinishedStays() {
    if (!jobs.claim(JOB, Duration.ofMinutes(10))) {
      return;
    }
    completeStaysOverBy(LocalDate.now(ZoneOffset.UTC).plusDays(1));
  }

  /**
   * Completes the confirmed, paid stays whose check-out is on or before {@code latestCheckOut}
   * (UTC's tomorrow covers the zones ahead of UTC) and is today or earlier where the listing is.
   *
   * @return how many became complete
   */
  public int completeStaysOverBy(LocalDate latestCheckOut) {
    List<Reservation> due = reservations.confirmedPaidCheckingOutBy(latestCheckOut, BATCH);
    int completed = 0;
    for (Reservation r : due) {
      LocalDate today = LocalDate.now(ZoneId.of(r.timeZone()));
      if (r.stay().isOverOn(today)) {
        Map<String, Object> before = ReservationState.of(r);
        r.complete(today);
        journal.record(
            "reservation.complete",
            r.tenantId(),
            Reservations.OBJECT_TYPE,
            r.id(),
            before,
            ReservationState.of(r));
        completed++;
      }
    }
    return completed;
  }
}
