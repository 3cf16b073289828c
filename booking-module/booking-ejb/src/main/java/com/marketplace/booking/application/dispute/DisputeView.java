package com.marketplace.booking.application.dispute;

import com.marketplace.booking.domain.Dispute;
import com.marketplace.booking.domain.ResolutionStatus;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A dispute as the spec shows it, its status an enum that the API layer spells
 * (booking.api.DisputeJson).
 */
public record DisputeView(
    UUID id,
    OffsetDateTime reportedAt,
    UUID reservationId,
    UUID raisedBy,
    UUID adminId,
    String issueType,
    String description,
    UUID relatedPaymentId,
    ResolutionStatus resolutionStatus,
    OffsetDateTime resolvedAt,
    boolean refundApproved,
    boolean isActive,
    int recordVersion,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    UUID _owner) {

  public static DisputeView of(Dispute d) {
    return new DisputeView(
        d.id(),
        d.reportedAt(),
        d.reservationId(),
        d.raisedBy(),
        d.adminId(),
        d.issueType(),
        d.description(),
        d.relatedPaymentId(),
        d.resolutionStatus(),
        d.resolvedAt(),
        d.refundApproved(),
        d.isActive(),
        d.recordVersion(),
        d.createdAt(),
        d.updatedAt(),
        d.ownerId());
  }
}
