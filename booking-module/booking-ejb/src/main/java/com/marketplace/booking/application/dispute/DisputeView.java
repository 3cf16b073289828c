package com.marketplace.booking.application.dispute;

import com.marketplace.booking.domain.Dispute;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A dispute as the spec shows it. */
public record DisputeView(
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
        d.resolutionStatus().value(),
        d.resolutionStatus().idx(),
        d.resolvedAt(),
        d.refundApproved(),
        d.isActive(),
        d.recordVersion(),
        d.createdAt(),
        d.updatedAt(),
        d.ownerId());
  }
}
