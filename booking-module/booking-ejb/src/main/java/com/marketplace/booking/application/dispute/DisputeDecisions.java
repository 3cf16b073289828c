package com.marketplace.booking.application.dispute;

import com.marketplace.booking.application.BookingJournal;
import com.marketplace.booking.application.payment.ReservationOrders;
import com.marketplace.booking.application.reservation.ReservationState;
import com.marketplace.booking.application.reservation.Reservations;
import com.marketplace.booking.domain.Dispute;
import com.marketplace.booking.domain.DisputeStatus;
import com.marketplace.booking.domain.PaymentRecord;
import com.marketplace.booking.domain.PaymentRecordRepository;
import com.marketplace.booking.domain.Reservation;
import com.marketplace.booking.domain.ResolutionStatus;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.money.Money;
import com.marketplace.common.security.Caller;
import com.marketplace.payments.application.Refunds;
import java.util.Map;
import java.util.UUID;

/**
 * An admin's decision on a dispute and what follows from it: the refund through payments (whose
 * payment change writes the refund's payment record, linked as {@code relatedPaymentId}), and the
 * reservation's {@code disputeStatus}.
 */
final class DisputeDecisions {

  private final PaymentRecordRepository records;
  private final Refunds refunds;
  private final BookingJournal journal;

  DisputeDecisions(PaymentRecordRepository records, Refunds refunds, BookingJournal journal) {
    this.records = records;
    this.refunds = refunds;
    this.journal = journal;
  }

  void settle(
      Caller caller,
      Dispute dispute,
      Reservation reservation,
      ResolutionStatus target,
      DisputeChanges refund) {
    switch (target) {
      case REVIEWING -> {
        dispute.startReview();
        follow(reservation, DisputeStatus.ACTIVE);
      }
      case RESOLVED -> {
        if (refund == null) {
          dispute.resolve(null, null);
        } else {
          long amount = refundMinor(reservation, refund);
          refunds.refund(
              reservation.tenantId(),
              caller.userId(),
              ReservationOrders.ORDER_TYPE,
              reservation.id(),
              Money.ofMinor(amount, reservation.currency()),
              "dispute " + dispute.id());
          dispute.resolve(amount, latestRefundRecord(reservation));
        }
        follow(reservation, DisputeStatus.RESOLVED);
      }
      case REJECTED -> {
        dispute.reject();
        follow(reservation, DisputeStatus.RESOLVED);
      }
      case PENDING ->
          throw ApiException.conflict(
              "errMsg_illegalDisputeTransition", "A dispute cannot go back to pending");
    }
  }

  private static long refundMinor(Reservation reservation, DisputeChanges changes) {
    if (changes.refundAmount() == null) {
      return reservation.refundableMinor();
    }
    try {
      return Money.ofMajor(changes.refundAmount(), reservation.currency()).amountMinor();
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("errMsg_refundAmountIsNotValid", e.getMessage());
    }
  }

  private UUID latestRefundRecord(Reservation reservation) {
    return records.latestRefundOf(reservation.id()).map(PaymentRecord::id).orElse(null);
  }

  void follow(Reservation reservation, DisputeStatus status) {
    Map<String, Object> before = ReservationState.of(reservation);
    reservation.changeDisputeStatus(status);
    journal.record(
        "reservation.disputeStatus",
        reservation.tenantId(),
        Reservations.OBJECT_TYPE,
        reservation.id(),
        before,
        ReservationState.of(reservation));
  }
}
