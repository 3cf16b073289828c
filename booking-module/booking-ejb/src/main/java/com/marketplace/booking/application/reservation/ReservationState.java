package com.marketplace.booking.application.reservation;

import com.marketplace.booking.domain.Reservation;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of a reservation that transitions change, as audited and published. */
public final class ReservationState {

  private ReservationState() {}

  public static Map<String, Object> of(Reservation r) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("bookingStatus", r.bookingStatus().value());
    state.put("paymentConfirmation", r.paymentConfirmation().value());
    state.put("disputeStatus", r.disputeStatus().value());
    state.put("refundedMinor", r.refundedMinor());
    state.put("isActive", r.isActive());
    return state;
  }
}
