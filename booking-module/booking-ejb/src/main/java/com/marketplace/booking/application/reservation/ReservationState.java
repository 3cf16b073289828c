package com.marketplace.booking.application.reservation;

import com.marketplace.booking.domain.BookingStatus;
import com.marketplace.booking.domain.DisputeStatus;
import com.marketplace.booking.domain.PaymentConfirmation;
import com.marketplace.booking.domain.Reservation;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of a reservation that transitions change, as audited and published. */
public final class ReservationState {

  private ReservationState() {}

  public static Map<String, Object> of(Reservation r) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("bookingStatus", BookingStatus.Column.word(r.bookingStatus()));
    state.put("paymentConfirmation", PaymentConfirmation.Column.word(r.paymentConfirmation()));
    state.put("disputeStatus", DisputeStatus.Column.word(r.disputeStatus()));
    state.put("refundedMinor", r.refundedMinor());
    state.put("isActive", r.isActive());
    return state;
  }
}
