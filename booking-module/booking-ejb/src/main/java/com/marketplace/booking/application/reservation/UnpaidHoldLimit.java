package com.marketplace.booking.application.reservation;

import com.marketplace.booking.domain.PaymentConfirmation;
import com.marketplace.booking.domain.Reservation;
import com.marketplace.booking.domain.ReservationRepository;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A guest keeps at most {@code maxHolds} unpaid holds per tenant, so that nobody can block a
 * listing's year with unpaid reservations made in a loop. An unpaid hold is a reservation that
 * blocks nights, is not paid, and has not run out its time: the payment window since its last
 * change, or for a manual request the host's response time; one whose payment is under way always
 * counts.
 *
 * <p>The count runs under the repository's lock on (tenant, guest) until the transaction ends (a
 * PostgreSQL advisory lock): the guest's concurrent bookings are counted one after the other, each
 * seeing the ones committed before it, so together they can never pass the limit.
 */
final class UnpaidHoldLimit {

  record Settings(int maxHolds, Duration paymentWindow, Duration hostResponse) {}

  private final ReservationRepository reservations;
  private final Settings settings;

  UnpaidHoldLimit(ReservationRepository reservations, Settings settings) {
    this.reservations = reservations;
    this.settings = settings;
  }

  /** Refuses (429) one more hold for the guest; otherwise keeps the guest locked until commit. */
  void requireRoomFor(UUID tenantId, UUID guestId, OffsetDateTime now) {
    List<OffsetDateTime> holdsEnd =
        reservations.lockUnpaidHoldsOf(tenantId, guestId).stream()
            .map(r -> end(r).orElse(OffsetDateTime.MAX))
            .filter(end -> end.isAfter(now))
            .sorted()
            .toList();
    if (holdsEnd.size() >= settings.maxHolds()) {
      OffsetDateTime firstFree = holdsEnd.get(holdsEnd.size() - settings.maxHolds());
      throw new UnpaidHoldLimitReached(settings.maxHolds(), retryAfter(now, firstFree));
    }
  }

  /** When the reservation stops counting; empty while its payment is under way. */
  private Optional<OffsetDateTime> end(Reservation r) {
    if (r.paymentConfirmation() == PaymentConfirmation.PROCESSING) {
      return Optional.empty();
    }
    return Optional.of(
        r.updatedAt().plus(r.awaitsHost() ? settings.hostResponse() : settings.paymentWindow()));
  }

  private long retryAfter(OffsetDateTime now, OffsetDateTime firstFree) {
    if (firstFree.equals(OffsetDateTime.MAX)) {
      return settings.paymentWindow().toSeconds();
    }
    return Math.max(1, Duration.between(now, firstFree).toSeconds() + 1);
  }
}
