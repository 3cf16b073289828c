package com.marketplace.booking.application.reservation;

import com.marketplace.booking.domain.Reservation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A reservation as the spec shows it (enums as literal plus index; JSON snapshots as text). */
public record ReservationView(
    UUID id,
    UUID listingId,
    String approvalType,
    int approvalTypeIdx,
    String bookingStatus,
    int bookingStatusIdx,
    UUID hostId,
    LocalDate checkOut,
    UUID guestId,
    LocalDate checkIn,
    String currency,
    int guestCount,
    BigDecimal totalPrice,
    String iCalExportUrl,
    String disputeStatus,
    int disputeStatusIdx,
    String bookingPoliciesSnapshot,
    String iCalImportSource,
    String cancellationPolicySnapshot,
    String paymentConfirmation,
    int paymentConfirmationIdx,
    boolean isActive,
    int recordVersion,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    UUID owner) {

  static ReservationView of(Reservation r) {
    return new ReservationView(
        r.id(),
        r.listingId(),
        r.approvalType().value(),
        r.approvalType().idx(),
        r.bookingStatus().value(),
        r.bookingStatus().idx(),
        r.hostId(),
        r.stay().checkOut(),
        r.guestId(),
        r.stay().checkIn(),
        r.currency(),
        r.guestCount(),
        r.total().toMajor(),
        r.icalExportUrl(),
        r.disputeStatus().value(),
        r.disputeStatus().idx(),
        r.bookingPoliciesSnapshot(),
        r.icalImportSource(),
        r.cancellationPolicySnapshot(),
        r.paymentConfirmation().value(),
        r.paymentConfirmation().idx(),
        r.isActive(),
        r.recordVersion(),
        r.createdAt(),
        r.updatedAt(),
        r.ownerId());
  }
}
