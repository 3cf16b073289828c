package com.marketplace.booking.application.reservation;

import com.marketplace.booking.application.BookingJournal;
import com.marketplace.booking.application.calendar.Holds;
import com.marketplace.booking.application.listing.ListingTerms;
import com.marketplace.booking.domain.CalendarHoldRepository;
import com.marketplace.booking.domain.CancellationPolicy;
import com.marketplace.booking.domain.Reservation;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.money.Money;
import com.marketplace.common.security.Caller;
import com.marketplace.payments.application.Refunds;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * Cancelling a reservation: the nights are freed, and what was paid comes back as the rules say.
 *
 * <ul>
 *   <li>The guest cancels: the refund percentage of the reservation's cancellation-policy snapshot
 *       for the whole days left before check-in (in the listing's time zone), of the total paid.
 *   <li>The host or an admin cancels: everything paid and not yet refunded.
 * </ul>
 *
 * Guest and host may cancel up to the check-in day; once the stay has begun only an admin may. The
 * refund goes through payments in this transaction; the payment record follows from the payment
 * change payments reports back.
 */
@Stateless
public class Cancellations {

  @Inject CalendarHoldRepository holds;

  @EJB Refunds refunds;
  @Inject BookingJournal journal;

  public ReservationView cancel(Caller caller, Reservation reservation) {
    LocalDate today = LocalDate.now(ZoneId.of(reservation.timeZone()));
    long daysBefore = reservation.stay().daysBeforeCheckIn(today);
    if (daysBefore < 0 && !caller.isAdmin()) {
      throw ApiException.conflict(
          "errMsg_stayHasBegun", "The stay began on " + reservation.stay().checkIn());
    }
    Map<String, Object> before = ReservationState.of(reservation);
    long refund = refundMinor(caller, reservation, daysBefore);
    reservation.cancel(caller.userId());
    Holds.release(holds, reservation);
    if (refund > 0) {
      refunds.refund(
          reservation.tenantId(),
          caller.userId(),
          Reservations.OBJECT_TYPE,
          reservation.id(),
          Money.ofMinor(refund, reservation.currency()),
          "cancellation " + daysBefore + " day(s) before check-in");
    }
    journal.record(
        "reservation.cancelled",
        reservation.tenantId(),
        Reservations.OBJECT_TYPE,
        reservation.id(),
        before,
        ReservationState.of(reservation));
    return ReservationView.of(reservation);
  }

  private static long refundMinor(Caller caller, Reservation reservation, long daysBefore) {
    long refundable = reservation.refundableMinor();
    if (refundable == 0) {
      return 0;
    }
    if (caller.isAdmin() || reservation.hostId().equals(caller.userId())) {
      return refundable;
    }
    CancellationPolicy policy =
        ListingTerms.cancellationPolicy(reservation.cancellationPolicySnapshot());
    long earned = policy.refundMinor(reservation.total().amountMinor(), daysBefore);
    return Math.max(0, Math.min(refundable, earned - reservation.refundedMinor()));
  }
}
