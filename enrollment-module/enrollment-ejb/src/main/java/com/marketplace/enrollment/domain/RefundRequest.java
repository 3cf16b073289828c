package com.marketplace.enrollment.domain;

import com.marketplace.common.error.DomainException;
import com.marketplace.common.persistence.BaseRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A refund of an enrollment, one per enrollment (the database's unique key agrees). A student's
 * eligible request is approved at once ({@code autoApproved}), as is an admin's own refund; a paid
 * enrollment's request that the rules do not allow waits as {@code pending} for an admin, who
 * approves (the refund is made then) or rejects it.
 */
@Entity
@Table(name = "refund_request", schema = "enrollment")
public class RefundRequest extends BaseRecord {

  @Column(name = "enrollment_id", nullable = false, updatable = false)
  private UUID enrollmentId;

  @Column(name = "requested_by", nullable = false, updatable = false)
  private UUID requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private OffsetDateTime requestedAt;

  @Column(name = "processed_at")
  private OffsetDateTime processedAt;

  @Convert(converter = RefundRequestStatus.Column.class)
  @Column(name = "status", nullable = false)
  private RefundRequestStatus status;

  @Column(name = "reason", nullable = false, updatable = false)
  private String reason;

  @Column(name = "first_lesson_completed", nullable = false, updatable = false)
  private boolean firstLessonCompleted;

  @Column(name = "admin_note")
  private String adminNote;

  /** For JPA. */
  protected RefundRequest() {}

  private RefundRequest(
      Enrollment enrollment,
      UUID requestedBy,
      String reason,
      boolean firstLessonCompleted,
      RefundRequestStatus status,
      String adminNote,
      OffsetDateTime now) {
    super(UUID.randomUUID(), enrollment.tenantId(), enrollment.studentId());
    this.enrollmentId = enrollment.id();
    this.requestedBy = requestedBy;
    this.requestedAt = now;
    this.processedAt = now;
    this.reason = reason;
    this.firstLessonCompleted = firstLessonCompleted;
    this.status = status;
    this.adminNote = adminNote;
  }

  /** The student's request, eligible by {@link RefundPolicy}: approved and processed now. */
  public static RefundRequest autoApproved(
      Enrollment enrollment, UUID student, String reason, OffsetDateTime now) {
    return new RefundRequest(
        enrollment, student, reason, true, RefundRequestStatus.AUTO_APPROVED, null, now);
  }

  /** An admin's refund, without eligibility checks, processed at once. */
  public static RefundRequest byAdmin(
      Enrollment enrollment,
      UUID admin,
      String reason,
      boolean firstLessonCompleted,
      OffsetDateTime now) {
    return new RefundRequest(
        enrollment,
        admin,
        reason,
        firstLessonCompleted,
        RefundRequestStatus.AUTO_APPROVED,
        reason,
        now);
  }

  /**
   * A student's request the rules do not allow (before the first lesson, or after the second): it
   * waits for an admin's decision; the note says why it was not approved at once.
   */
  public static RefundRequest pending(
      Enrollment enrollment,
      UUID student,
      String reason,
      boolean firstLessonCompleted,
      String whyNotAutomatic) {
    RefundRequest request =
        new RefundRequest(
            enrollment,
            student,
            reason,
            firstLessonCompleted,
            RefundRequestStatus.PENDING,
            "Not approved automatically: " + whyNotAutomatic,
            OffsetDateTime.now(ZoneOffset.UTC));
    request.processedAt = null;
    return request;
  }

  /** Whether an admin's decision just approved it: the refund is to be made now. */
  public boolean approved() {
    return status() == RefundRequestStatus.APPROVED;
  }

  /** An admin's decision or note. A decided request keeps its status; its note may change. */
  public void decide(RefundRequestStatus decision, String note, OffsetDateTime now) {
    if (decision != null && decision != status()) {
      if (status() != RefundRequestStatus.PENDING
          || (decision != RefundRequestStatus.APPROVED
              && decision != RefundRequestStatus.REJECTED)) {
        throw DomainException.conflict(
            "errMsg_refundRequestAlreadyDecided",
            "A refund request that is "
                + RefundRequestStatus.Column.word(status())
                + " cannot become "
                + RefundRequestStatus.Column.word(decision));
      }
      status = decision;
      processedAt = now;
    }
    if (note != null) {
      adminNote = note;
    }
  }

  public UUID enrollmentId() {
    return enrollmentId;
  }

  public UUID requestedBy() {
    return requestedBy;
  }

  public OffsetDateTime requestedAt() {
    return requestedAt;
  }

  public OffsetDateTime processedAt() {
    return processedAt;
  }

  public RefundRequestStatus status() {
    return status;
  }

  public String reason() {
    return reason;
  }

  public boolean firstLessonCompleted() {
    return firstLessonCompleted;
  }

  public String adminNote() {
    return adminNote;
  }
}
