package com.marketplace.enrollment.application.enrollment;

import com.marketplace.enrollment.domain.Enrollment;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An enrollment as the spec's {@code enrollment} object shows it. */
public record EnrollmentView(
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

  public static EnrollmentView of(Enrollment e) {
    return new EnrollmentView(
        e.id(),
        e.coursePackId(),
        e.studentId(),
        e.tutorProfileId(),
        e.lessonSlotIds(),
        e.total().toMajor(),
        e.total().currency().getCurrencyCode(),
        e.paymentStatus().value(),
        e.paymentStatus().idx(),
        e.refundStatus().value(),
        e.refundStatus().idx(),
        e.enrollmentStatus().value(),
        e.enrollmentStatus().idx(),
        e.enrolledAt(),
        e.paymentConfirmation().value(),
        e.paymentConfirmation().idx(),
        e.isActive(),
        e.recordVersion(),
        e.createdAt(),
        e.updatedAt(),
        e.ownerId());
  }
}
