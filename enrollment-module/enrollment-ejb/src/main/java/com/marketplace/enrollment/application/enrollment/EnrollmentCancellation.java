package com.marketplace.enrollment.application.enrollment;

import com.marketplace.common.api.RequestContext;
import com.marketplace.common.security.Caller;
import com.marketplace.enrollment.domain.Enrollment;
import com.marketplace.enrollment.domain.EnrollmentRepository;
import com.marketplace.enrollment.domain.LessonSlotRepository;
import com.marketplace.enrollment.domain.PaymentConfirmation;
import com.marketplace.enrollment.domain.PaymentOrderType;
import com.marketplace.enrollment.domain.PaymentStatus;
import com.marketplace.payments.application.Refunds;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Ending one enrollment early. A paid one is refunded in full (payments then tells {@code
 * payment.EnrollmentPaymentOrders}, which marks it refunded and canceled and frees its slots, in
 * this transaction); an unpaid one is canceled and its slots freed.
 */
@Stateless
public class EnrollmentCancellation {

  @EJB Refunds refunds;
  @Inject EnrollmentRepository enrollments;
  @Inject LessonSlotRepository lessonSlots;
  @Inject EnrollmentJournal journal;
  @Inject RequestContext request;

  /** Ends {@code enrollment} (locked by the caller) for {@code reason}. */
  public void cancel(Enrollment enrollment, String reason) {
    if (enrollment.paymentStatus() == PaymentStatus.PAID) {
      refunds.refund(
          enrollment.tenantId(),
          request.caller().map(Caller::userId).orElse(null),
          PaymentOrderType.ENROLLMENT,
          enrollment.id(),
          null,
          reason);
    }
    Map<String, Object> before = EnrollmentJournal.stateOf(enrollment);
    if (enrollment.isLive()) {
      enrollment.cancel(reason);
      lessonSlots.release(enrollment.id());
    }
    enrollment.explainCancellation(reason);
    journal.enrollment("canceled", enrollment, before);
  }

  /**
   * Ends one enrollment in a transaction of its own, for the cascades and the cleanup: each
   * enrollment is done or untouched, and a re-run skips those already done.
   *
   * @return the enrollment, if this call ended it
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<EnrollmentView> cancelAlone(UUID tenantId, UUID enrollmentId, String reason) {
    Enrollment enrollment = enrollments.findLocked(tenantId, enrollmentId).orElseThrow();
    if (!enrollment.isLive()) {
      return Optional.empty();
    }
    cancel(enrollment, reason);
    enrollments.flush();
    return Optional.of(EnrollmentView.of(enrollment));
  }

  /**
   * The cleanup's cancellation, in a transaction of its own: only if the enrollment is still unpaid
   * and its payment not under way, as seen under the row lock (it may have been paid since the
   * cleanup listed it).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<EnrollmentView> cancelIfUnpaid(UUID tenantId, UUID enrollmentId, String reason) {
    Enrollment enrollment = enrollments.findLocked(tenantId, enrollmentId).orElseThrow();
    if (!enrollment.payable()
        || enrollment.paymentConfirmation() == PaymentConfirmation.PROCESSING) {
      return Optional.empty();
    }
    cancel(enrollment, reason);
    enrollments.flush();
    return Optional.of(EnrollmentView.of(enrollment));
  }
}
