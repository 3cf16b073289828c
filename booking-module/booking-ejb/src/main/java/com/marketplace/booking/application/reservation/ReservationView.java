package com.marketplace.booking.application.reservation;

import com.marketplace.booking.domain.ApprovalType;
import com.marketplace.booking.domain.BookingStatus;
import com.marketplace.booking.domain.DisputeStatus;
import com.marketplace.booking.domain.PaymentConfirmation;
import com.marketplace.booking.domain.Reservation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A reservation as the spec shows it (its options as enums, which the API layer spells:
 * booking.api.ReservationJson; JSON snapshots as text).
 */
public record ReservationView(
    UUID id,
    UUID listingId,
    ApprovalType approvalType,
    BookingStatus bookingStatus,
    UUID hostId,
    LocalDate checkOut,
    UUID guestId,
    LocalDate checkIn,
    String currency,
    int guestCount,
    BigDecimal totalPrice,
    String iCalExportUrl,
    DisputeStatus disputeStatus,
    String bookingPoliciesSnapshot,
    String iCalImportSource,
    String cancellationPolicySnapshot,
    PaymentConfirmation paymentConfirmation,
    boolean isActive,
    int recordVersion,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    UUID owner) {

  static ReservationView of(Reservation r) {
    return new ReservationView(
        r.id(),
        r.listingId(),
        r.approvalType(),
        r.bookingStatus(),
        r.hostId(),
        r.stay().checkOut(),
        r.guestId(),
        r.stay().checkIn(),
        r.currency(),
        r.guestCount(),
        r.total().toMajor(),
        r.icalExportUrl(),
        r.disputeStatus(),
        r.bookingPoliciesSnapshot(),
        r.icalImportSource(),
        r.cancellationPolicySnapshot(),
        r.paymentConfirmation(),
        r.isActive(),
        r.recordVersion(),
        r.createdAt(),
        r.updatedAt(),
        r.ownerId());
  }
}
