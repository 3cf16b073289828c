package com.marketplace.booking.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The reservations of every tenant; the use cases check the tenant. */
public interface ReservationRepository {

  Optional<Reservation> find(UUID id);

  void add(Reservation reservation);

  /**
   * Locks the guest's unpaid holds against the guest's concurrent bookings until the transaction
   * ends (a lock on the pair, held even while the guest has none), then returns the guest's active
   * pending or confirmed reservations that are not paid.
   */
  List<Reservation> lockUnpaidHoldsOf(UUID tenantId, UUID guestId);

  /** Confirmed, paid stays whose check-out is on or before {@code latest}, earliest first. */
  List<Reservation> confirmedPaidCheckingOutBy(LocalDate latest, int max);

  /** Active reservations that could be paid and are not, unchanged since {@code cutoff}. */
  List<Reservation> unpaidUnchangedSince(OffsetDateTime cutoff, int max);

  /** Pending manual requests unchanged since {@code cutoff}. */
  List<Reservation> unansweredUnchangedSince(OffsetDateTime cutoff, int max);

  /** Locks the reservation's row until the transaction ends and re-reads it. */
  void lockAndRefresh(Reservation reservation);
}
