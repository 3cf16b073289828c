package com.marketplace.enrollment.api;

import com.marketplace.enrollment.api.spelling.EnrollmentSpellings;
import com.marketplace.enrollment.application.enrollment.EnrollmentView;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An enrollment as the spec shows it: its view, with its four options spelled as the spec does
 * (literal and {@code _idx}).
 */
public record EnrollmentJson(
    UUID id,
    UUID coursePackId,
    UUID studentId,
    UUID tutorProfileId,
    List<UUID> lessonSlotIds,
    BigDecimal totalAmount,
    String currency,
    String paymentStatus,
    int paymentStatus_idx,
    String refundStatus,
    int refundStatus_idx,
    String enrollmentStatus,
    int enrollmentStatus_idx,
    OffsetDateTime enrolledAt,
    String paymentConfirmation,
    int paymentConfirmation_idx,
    boolean isActive,
    int recordVersion,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    UUID _owner) {

  static EnrollmentJson of(EnrollmentView v) {
    return new EnrollmentJson(
        v.id(),
        v.coursePackId(),
        v.studentId(),
        v.tutorProfileId(),
        v.lessonSlotIds(),
        v.totalAmount(),
        v.currency(),
        EnrollmentSpellings.PAYMENT_STATUS.literal(v.paymentStatus()),
        EnrollmentSpellings.PAYMENT_STATUS.idx(v.paymentStatus()),
        EnrollmentSpellings.REFUND_STATUS.literal(v.refundStatus()),
        EnrollmentSpellings.REFUND_STATUS.idx(v.refundStatus()),
        EnrollmentSpellings.ENROLLMENT_STATUS.literal(v.enrollmentStatus()),
        EnrollmentSpellings.ENROLLMENT_STATUS.idx(v.enrollmentStatus()),
        v.enrolledAt(),
        EnrollmentSpellings.PAYMENT_CONFIRMATION.literal(v.paymentConfirmation()),
        EnrollmentSpellings.PAYMENT_CONFIRMATION.idx(v.paymentConfirmation()),
        v.isActive(),
        v.recordVersion(),
        v.createdAt(),
        v.updatedAt(),
        v._owner());
  }
}
