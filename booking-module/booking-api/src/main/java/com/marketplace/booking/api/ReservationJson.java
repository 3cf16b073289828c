package com.marketplace.booking.api;

import static com.marketplace.booking.api.spelling.BookingSpellings.APPROVAL_TYPE;
import static com.marketplace.booking.api.spelling.BookingSpellings.BOOKING_STATUS;
import static com.marketplace.booking.api.spelling.BookingSpellings.DISPUTE_STATUS;
import static com.marketplace.booking.api.spelling.BookingSpellings.PAYMENT_CONFIRMATION;

import com.marketplace.booking.application.JsonText;
import com.marketplace.booking.application.reservation.ReservationJoins;
import com.marketplace.booking.application.reservation.ReservationView;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A reservation in the spec's shape and field order, its options spelled as the spec does (literal
 * and {@code _idx}), with its joins when asked for.
 */
final class ReservationJson {

  private ReservationJson() {}

  static Map<String, Object> of(ReservationView r) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", r.id());
    json.put("listingId", r.listingId());
    json.put("approvalType", APPROVAL_TYPE.literal(r.approvalType()));
    json.put("approvalType_idx", APPROVAL_TYPE.idx(r.approvalType()));
    json.put("bookingStatus", BOOKING_STATUS.literal(r.bookingStatus()));
    json.put("bookingStatus_idx", BOOKING_STATUS.idx(r.bookingStatus()));
    json.put("hostId", r.hostId());
    json.put("checkOut", r.checkOut().toString());
    json.put("guestId", r.guestId());
    json.put("checkIn", r.checkIn().toString());
    json.put("currency", r.currency());
    json.put("guestCount", r.guestCount());
    json.put("totalPrice", r.totalPrice());
    json.put("iCalExportUrl", r.iCalExportUrl());
    json.put("disputeStatus", DISPUTE_STATUS.literal(r.disputeStatus()));
    json.put("disputeStatus_idx", DISPUTE_STATUS.idx(r.disputeStatus()));
    json.put("bookingPoliciesSnapshot", JsonText.parse(r.bookingPoliciesSnapshot()));
    json.put("iCalImportSource", r.iCalImportSource());
    json.put("cancellationPolicySnapshot", JsonText.parse(r.cancellationPolicySnapshot()));
    json.put("_paymentConfirmation", PAYMENT_CONFIRMATION.literal(r.paymentConfirmation()));
    json.put("_paymentConfirmation_idx", PAYMENT_CONFIRMATION.idx(r.paymentConfirmation()));
    json.put("isActive", r.isActive());
    json.put("recordVersion", r.recordVersion());
    json.put("createdAt", r.createdAt());
    json.put("updatedAt", r.updatedAt());
    json.put("_owner", r.owner());
    return json;
  }

  static Map<String, Object> of(ReservationView r, ReservationJoins joins) {
    Map<String, Object> json = of(r);
    if (joins != null) {
      json.put(
          "listingJoins", joins.listingJoins().stream().map(ReservationJson::listing).toList());
      json.put("hostDetails", joins.hostDetails());
    }
    return json;
  }

  private static Map<String, Object> listing(ReservationJoins.ListingJoin l) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("title", l.title());
    json.put("amenityIds", JsonText.parse(l.amenityIds()));
    json.put("hostId", l.hostId());
    json.put("mainPhoto", l.mainPhoto());
    json.put("photos", JsonText.parse(l.photos()));
    json.put("address", l.address());
    json.put("propertyType", l.propertyType());
    json.put("propertyType_idx", l.propertyTypeIdx());
    json.put("location", l.location());
    return json;
  }
}
