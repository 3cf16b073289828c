package com.marketplace.booking.api;

import com.marketplace.booking.api.spelling.BookingSpellings;
import com.marketplace.booking.application.dispute.DisputeView;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A dispute as the spec shows it: its view, with resolutionStatus spelled as the spec does (literal
 * and {@code _idx}).
 */
public record DisputeJson(
    UUID id,
    OffsetDateTime reportedAt,
    UUID reservationId,
    UUID raisedBy,
    UUID adminId,
    String issueType,
    String description,
    UUID relatedPaymentId,
    String resolutionStatus,
    int resolutionStatus_idx,
    OffsetDateTime resolvedAt,
    boolean refundApproved,
    boolean isActive,
    int recordVersion,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    UUID _owner) {

  static DisputeJson of(DisputeView v) {
    return new DisputeJson(
        v.id(),
        v.reportedAt(),
        v.reservationId(),
        v.raisedBy(),
        v.adminId(),
        v.issueType(),
        v.description(),
        v.relatedPaymentId(),
        BookingSpellings.RESOLUTION_STATUS.literal(v.resolutionStatus()),
        BookingSpellings.RESOLUTION_STATUS.idx(v.resolutionStatus()),
        v.resolvedAt(),
        v.refundApproved(),
        v.isActive(),
        v.recordVersion(),
        v.createdAt(),
        v.updatedAt(),
        v._owner());
  }
}
