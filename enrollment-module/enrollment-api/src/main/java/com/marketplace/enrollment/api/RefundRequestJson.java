package com.marketplace.enrollment.api;

import com.marketplace.enrollment.api.spelling.EnrollmentSpellings;
import com.marketplace.enrollment.application.refund.RefundRequestView;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A refund request as the spec shows it: its view, with its status spelled as the spec does
 * (literal and {@code _idx}).
 */
public record RefundRequestJson(
    UUID id,
    UUID enrollmentId,
    UUID requestedBy,
    OffsetDateTime requestedAt,
    OffsetDateTime processedAt,
    String status,
    int status_idx,
    String reason,
    boolean firstLessonCompleted,
    String adminNote,
    boolean isActive,
    int recordVersion,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    UUID _owner) {

  static RefundRequestJson of(RefundRequestView v) {
    return new RefundRequestJson(
        v.id(),
        v.enrollmentId(),
        v.requestedBy(),
        v.requestedAt(),
        v.processedAt(),
        EnrollmentSpellings.REFUND_REQUEST_STATUS.literal(v.status()),
        EnrollmentSpellings.REFUND_REQUEST_STATUS.idx(v.status()),
        v.reason(),
        v.firstLessonCompleted(),
        v.adminNote(),
        v.isActive(),
        v.recordVersion(),
        v.createdAt(),
        v.updatedAt(),
        v._owner());
  }
}
