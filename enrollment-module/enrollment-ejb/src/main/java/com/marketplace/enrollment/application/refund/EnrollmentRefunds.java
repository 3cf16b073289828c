package com.marketplace.enrollment.application.refund;

import com.marketplace.common.error.ApiException;
import com.marketplace.common.security.Caller;
import com.marketplace.enrollment.application.enrollment.EnrollmentAccess;
import com.marketplace.enrollment.application.enrollment.EnrollmentCancellation;
import com.marketplace.enrollment.application.enrollment.EnrollmentJournal;
import com.marketplace.enrollment.domain.Enrollment;
import com.marketplace.enrollment.domain.EnrollmentRepository;
import com.marketplace.enrollment.domain.LessonSlot;
import com.marketplace.enrollment.domain.LessonSlotRepository;
import com.marketplace.enrollment.domain.PaymentStatus;
import com.marketplace.enrollment.domain.RefundPolicy;
import com.marketplace.enrollment.domain.RefundRequest;
import com.marketplace.enrollment.domain.RefundRequestRepository;
import com.marketplace.enrollment.domain.RefundRequestStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Refund requests. A student's request is judged by {@link RefundPolicy} at once: eligible means
 * approved and refunded in full through payments in this transaction; not eligible is a 422 with
 * the reason and <em>nothing is recorded</em>, so the student may ask again once eligible. One
 * request per enrollment (the database's unique key decides concurrent requests).
 */
@Stateless
public class EnrollmentRefunds {

  @Inject EnrollmentRepository enrollments;
  @Inject LessonSlotRepository lessonSlots;
  @Inject RefundRequestRepository refundRequests;
  @Inject EnrollmentAccess access;
  @Inject EnrollmentJournal journal;
  @EJB EnrollmentCancellation cancellation;

  public RefundRequestView request(Caller student, UUID enrollmentId, String reason) {
    Enrollment enrollment = access.visible(student, enrollmentId, true);
    if (!enrollment.studentId().equals(student.userId())) {
      throw ApiException.forbidden("Only the enrollment's student may request its refund");
    }
    requireNoRequest(enrollment);
    List<LessonSlot> slots = lessonSlots.currentOf(enrollment);
    RefundPolicy.Verdict verdict = RefundPolicy.judge(enrollment, slots);
    if (verdict == RefundPolicy.Verdict.NOT_PAID) {
      throw ApiException.unprocessable("errMsg_refundNotEligible", verdict.explanation());
    }
    if (verdict != RefundPolicy.Verdict.ELIGIBLE) {
      RefundRequest pending =
          RefundRequest.pending(
              enrollment,
              student.userId(),
              reason,
              RefundPolicy.firstLessonCompleted(slots),
              verdict.explanation());
      record(pending);
      return RefundRequestView.of(pending);
    }
    RefundRequest request = RefundRequest.autoApproved(enrollment, student.userId(), reason, now());
    record(request);
    cancellation.cancel(enrollment, "refunded: " + reason);
    return RefundRequestView.of(request);
  }

  /** An admin refunds a paid enrollment in full, without eligibility checks, and cancels it. */
  public RefundRequestView byAdmin(Caller admin, UUID enrollmentId, String reason) {
    Enrollment enrollment = access.visible(admin, enrollmentId, true);
    if (enrollment.paymentStatus() != PaymentStatus.PAID) {
      throw ApiException.conflict(
          "errMsg_enrollmentNotPaid",
          "Enrollment "
              + enrollmentId
              + " is "
              + PaymentStatus.Column.word(enrollment.paymentStatus()));
    }
    requireNoRequest(enrollment);
    RefundRequest request =
        RefundRequest.byAdmin(
            enrollment,
            admin.userId(),
            reason,
            RefundPolicy.firstLessonCompleted(lessonSlots.currentOf(enrollment)),
            now());
    record(request);
    cancellation.cancel(enrollment, reason);
    return RefundRequestView.of(request);
  }

  /** An admin's decision on a pending request, or a note on any. */
  public RefundRequestView decide(
      Caller admin, UUID refundRequestId, RefundRequestStatus decision, String adminNote) {
    RefundRequest request =
        refundRequests
            .find(admin.tenantId(), refundRequestId)
            .orElseThrow(() -> ApiException.notFound("refundRequest", refundRequestId));
    Map<String, Object> before = EnrollmentJournal.stateOf(request);
    boolean wasPending = request.status() == RefundRequestStatus.PENDING;
    request.decide(decision, adminNote, now());
    if (wasPending && request.approved()) {
      refundApproved(request);
    }
    refundRequests.flush();
    journal.refundRequest("updated", request, before);
    return RefundRequestView.of(request);
  }

  /** An admin approved a pending request: the enrollment is refunded in full, as if eligible. */
  private void refundApproved(RefundRequest request) {
    Enrollment enrollment =
        enrollments.findLocked(request.tenantId(), request.enrollmentId()).orElseThrow();
    if (enrollment.paymentStatus() != PaymentStatus.PAID) {
      throw ApiException.conflict(
          "errMsg_enrollmentNotPaid",
          "Enrollment "
              + enrollment.id()
              + " is "
              + PaymentStatus.Column.word(enrollment.paymentStatus()));
    }
    cancellation.cancel(enrollment, "refund approved: " + request.reason());
  }

  private void requireNoRequest(Enrollment enrollment) {
    if (refundRequests.ofEnrollment(enrollment.tenantId(), enrollment.id()).isPresent()) {
      throw ApiException.conflict(
          "errMsg_refundAlreadyRequested", "This enrollment already has a refund request");
    }
  }

  private void record(RefundRequest request) {
    if (!refundRequests.add(request)) {
      throw ApiException.conflict(
          "errMsg_refundAlreadyRequested", "This enrollment already has a refund request");
    }
    journal.refundRequest("created", request, null);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
