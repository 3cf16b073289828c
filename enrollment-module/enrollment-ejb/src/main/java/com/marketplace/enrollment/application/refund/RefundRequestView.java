package com.marketplace.enrollment.application.refund;

import com.marketplace.enrollment.domain.RefundRequest;
import com.marketplace.enrollment.domain.RefundRequestStatus;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A refund request as the spec's {@code refundRequest} object shows it, its status an enum: the API
 * layer spells it (enrollment.api.RefundRequestJson, EnrollmentSpellings.spelled).
 */
public record RefundRequestView(
    UUID id,
    UUID enrollmentId,
    UUID requestedBy,
    OffsetDateTime requestedAt,
    OffsetDateTime processedAt,
    RefundRequestStatus status,
    String reason,
    boolean firstLessonCompleted,
    String adminNote,
    boolean isActive,
    int recordVersion,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    UUID _owner) {

  public static RefundRequestView of(RefundRequest r) {
    return new RefundRequestView(
        r.id(),
        r.enrollmentId(),
        r.requestedBy(),
        r.requestedAt(),
        r.processedAt(),
        r.status(),
        r.reason(),
        r.firstLessonCompleted(),
        r.adminNote(),
        r.isActive(),
        r.recordVersion(),
        r.createdAt(),
        r.updatedAt(),
        r.ownerId());
  }
}
