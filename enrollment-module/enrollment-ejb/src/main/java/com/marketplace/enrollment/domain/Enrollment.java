package com.marketplace.enrollment.domain;

import com.marketplace.common.error.DomainException;
import com.marketplace.common.money.Money;
import com.marketplace.common.persistence.BaseRecord;
import com.marketplace.common.persistence.StoredMoney;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A student's enrollment in a course pack: the slots it booked, what it costs, and where it stands.
 * Its statuses change only through the transitions below, each of which the payment, refund and
 * cancellation use cases drive; no client sets a status.
 *
 * <pre>
 *   pending --paid--> active --every lesson done--> completed
 *      |                 |
 *      +--cancel/cleanup-+--cancel/refund--> canceled
 * </pre>
 *
 * <p>Canceled, the statuses say what happened to the money: paid and refunded ({@code refunded},
 * {@code processed}), or never paid ({@code pending}, {@code notRequested}, confirmation {@code
 * canceled}).
 */
@Entity
@Table(name = "enrollment", schema = "enrollment")
public class Enrollment extends BaseRecord {

  @Column(name = "course_pack_id", nullable = false, updatable = false)
  private UUID coursePackId;

  @Column(name = "student_id", nullable = false, updatable = false)
  private UUID studentId;

  @Column(name = "tutor_profile_id", nullable = false, updatable = false)
  private UUID tutorProfileId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "enrollment_lesson_slot",
      schema = "enrollment",
      joinColumns = @JoinColumn(name = "enrollment_id"))
  @OrderColumn(name = "position")
  @Column(name = "lesson_slot_id", nullable = false)
  private List<UUID> lessonSlotIds = new ArrayList<>();

  /** The pack's price when the student enrolled, fixed from then on. */
  @Embedded
  @AttributeOverride(
      name = "amountMinor",
      column = @Column(name = "total_minor", nullable = false, updatable = false))
  @AttributeOverride(
      name = "currency",
      column = @Column(name = "currency", nullable = false, updatable = false))
  private StoredMoney total;

  @Convert(converter = PaymentStatus.Column.class)
  @Column(name = "payment_status", nullable = false)
  private PaymentStatus paymentStatus = PaymentStatus.PENDING;

  @Convert(converter = RefundStatus.Column.class)
  @Column(name = "refund_status", nullable = false)
  private RefundStatus refundStatus = RefundStatus.NOT_REQUESTED;

  @Convert(converter = EnrollmentStatus.Column.class)
  @Column(name = "enrollment_status", nullable = false)
  private EnrollmentStatus enrollmentStatus = EnrollmentStatus.PENDING;

  @Convert(converter = PaymentConfirmation.Column.class)
  @Column(name = "payment_confirmation", nullable = false)
  private PaymentConfirmation paymentConfirmation = PaymentConfirmation.PENDING;

  @Column(name = "enrolled_at")
  private OffsetDateTime enrolledAt;

  @Column(name = "cancel_reason")
  private String cancelReason;

  /** For JPA. */
  protected Enrollment() {}

  /** A pending enrollment of {@code studentId} in {@code pack}, at the pack's price. */
  public Enrollment(UUID tenantId, UUID studentId, CoursePack pack, List<UUID> lessonSlotIds) {
    super(UUID.randomUUID(), tenantId, studentId);
    this.coursePackId = pack.id();
    this.studentId = studentId;
    this.tutorProfileId = pack.tutorProfileId();
    this.lessonSlotIds = new ArrayList<>(lessonSlotIds);
    this.total = StoredMoney.of(pack.price());
  }

  /** Whether the student may pay now. */
  public boolean payable() {
    return enrollmentStatus() == EnrollmentStatus.PENDING
        && paymentStatus() == PaymentStatus.PENDING;
  }

  /**
   * The payment platform confirmed where the payment stands. Paid activates a pending enrollment; a
   * payment that arrives for an enrollment canceled meanwhile is recorded as paid (the money is
   * held, and the caller refunds it). Short of paid, a canceled enrollment's confirmation stays
   * {@code canceled}: it awaits no payment any more.
   */
  public void confirmPayment(PaymentConfirmation confirmation, OffsetDateTime now) {
    if (paymentStatus() != PaymentStatus.PENDING) {
      return; // paid or refunded: nothing the platform says about the intent changes that
    }
    if (confirmation != PaymentConfirmation.PAID
        && enrollmentStatus() == EnrollmentStatus.CANCELED) {
      return;
    }
    paymentConfirmation = confirmation;
    if (confirmation == PaymentConfirmation.PAID) {
      paymentStatus = PaymentStatus.PAID;
      if (enrollmentStatus() == EnrollmentStatus.PENDING) {
        enrollmentStatus = EnrollmentStatus.ACTIVE;
        enrolledAt = now;
      }
    }
  }

  /** The payment was refunded in full: the enrollment ends. */
  public void refunded() {
    if (paymentStatus() != PaymentStatus.PAID) {
      throw DomainException.conflict(
          "errMsg_enrollmentNotPaid",
          "Enrollment " + id() + " is " + PaymentStatus.Column.word(paymentStatus()));
    }
    paymentStatus = PaymentStatus.REFUNDED;
    refundStatus = RefundStatus.PROCESSED;
    if (enrollmentStatus() != EnrollmentStatus.CANCELED) {
      enrollmentStatus = EnrollmentStatus.CANCELED;
    }
  }

  /**
   * Cancels a pending or active enrollment; its slots are to be freed by the caller, and a paid one
   * refunded (which makes it {@code refunded}/{@code processed}). An unpaid one has nothing to
   * refund: its {@code paymentStatus} stays {@code pending} (never paid), its {@code refundStatus}
   * {@code notRequested}, and its {@code paymentConfirmation} becomes {@code canceled}: no payment
   * is awaited. One still under way that succeeds after all is recorded paid, then refunded.
   */
  public void cancel(String reason) {
    if (!isLive()) {
      throw DomainException.conflict(
          "errMsg_enrollmentNotCancelable",
          "Enrollment " + id() + " is " + EnrollmentStatus.Column.word(enrollmentStatus()));
    }
    enrollmentStatus = EnrollmentStatus.CANCELED;
    cancelReason = reason;
    if (paymentStatus() == PaymentStatus.PENDING) {
      paymentConfirmation = PaymentConfirmation.CANCELED;
    }
  }

  /**
   * Shows whether a refund could be asked for now (the spec's {@code eligible} / {@code
   * ineligible}), as lessons are reported; a processed refund stays processed.
   */
  public void assessRefund(RefundPolicy.Verdict verdict) {
    if (refundStatus() == RefundStatus.PROCESSED || paymentStatus() != PaymentStatus.PAID) {
      return;
    }
    refundStatus =
        switch (verdict) {
          case ELIGIBLE -> RefundStatus.ELIGIBLE;
          case LATER_LESSON_COMPLETED -> RefundStatus.INELIGIBLE;
          case NOT_PAID, FIRST_LESSON_NOT_COMPLETED -> RefundStatus.NOT_REQUESTED;
        };
  }

  /** Why a canceled enrollment was canceled (a refund cancels it without a reason of its own). */
  public void explainCancellation(String reason) {
    if (enrollmentStatus() == EnrollmentStatus.CANCELED && reason != null) {
      cancelReason = reason;
    }
  }

  /** Every lesson took place: an active enrollment is complete. */
  public boolean complete() {
    if (enrollmentStatus() != EnrollmentStatus.ACTIVE) {
      return false;
    }
    enrollmentStatus = EnrollmentStatus.COMPLETED;
    refundStatus = RefundStatus.INELIGIBLE; // every lesson taken: nothing to refund
    return true;
  }

  /** Pending or active: it holds slots and may still be canceled. */
  public boolean isLive() {
    return enrollmentStatus() == EnrollmentStatus.PENDING
        || enrollmentStatus() == EnrollmentStatus.ACTIVE;
  }

  public Money total() {
    return total.money();
  }

  public UUID coursePackId() {
    return coursePackId;
  }

  public UUID studentId() {
    return studentId;
  }

  public UUID tutorProfileId() {
    return tutorProfileId;
  }

  public List<UUID> lessonSlotIds() {
    return List.copyOf(lessonSlotIds);
  }

  public PaymentStatus paymentStatus() {
    return paymentStatus;
  }

  public RefundStatus refundStatus() {
    return refundStatus;
  }

  public EnrollmentStatus enrollmentStatus() {
    return enrollmentStatus;
  }

  public PaymentConfirmation paymentConfirmation() {
    return paymentConfirmation;
  }

  public OffsetDateTime enrolledAt() {
    return enrolledAt;
  }

  public String cancelReason() {
    return cancelReason;
  }
}
