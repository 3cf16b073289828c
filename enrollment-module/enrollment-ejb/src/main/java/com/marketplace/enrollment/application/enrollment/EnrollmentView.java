package com.marketplace.enrollment.application.enrollment;

import com.marketplace.enrollment.domain.Enrollment;
import com.marketplace.enrollment.domain.EnrollmentStatus;
import com.marketplace.enrollment.domain.PaymentConfirmation;
import com.marketplace.enrollment.domain.PaymentStatus;
import com.marketplace.enrollment.domain.RefundStatus;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An enrollment as the spec's {@code enrollment} object shows it, its options as enums: the API
 * layer spells them (enrollment.api.EnrollmentJson, EnrollmentSpellings.spelled).
 */
public record EnrollmentView(
    UUID id,
    UUID coursePackId,
    UUID studentId,
    UUID tutorProfileId,
    List<UUID> lessonSlotIds,
    BigDecimal totalAmount,
    String currency,
    PaymentStatus paymentStatus,
    RefundStatus refundStatus,
    EnrollmentStatus enrollmentStatus,
    OffsetDateTime enrolledAt,
    PaymentConfirmation paymentConfirmation,
    boolean isActive,
    int recordVersion,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    UUID _owner) {

  public static EnrollmentView of(Enrollment e) {
    return new EnrollmentView(
        e.id(),
        e.coursePackId(),
        e.studentId(),
        e.tutorProfileId(),
        e.lessonSlotIds(),
        e.total().toMajor(),
        e.total().currency().getCurrencyCode(),
        e.paymentStatus(),
        e.refundStatus(),
        e.enrollmentStatus(),
        e.enrolledAt(),
        e.paymentConfirmation(),
        e.isActive(),
        e.recordVersion(),
        e.createdAt(),
        e.updatedAt(),
        e.ownerId());
  }
}
