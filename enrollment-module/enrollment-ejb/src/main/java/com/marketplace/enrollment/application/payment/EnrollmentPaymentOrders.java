package com.marketplace.enrollment.application.payment;

import com.marketplace.enrollment.application.enrollment.EnrollmentJournal;
import com.marketplace.enrollment.domain.Enrollment;
import com.marketplace.enrollment.domain.EnrollmentRepository;
import com.marketplace.enrollment.domain.EnrollmentStatus;
import com.marketplace.enrollment.domain.LessonSlotRepository;
import com.marketplace.enrollment.domain.PaymentConfirmation;
import com.marketplace.enrollment.domain.PaymentOrderType;
import com.marketplace.enrollment.domain.PaymentStatus;
import com.marketplace.payments.application.PayableOrder;
import com.marketplace.payments.application.PaymentChange;
import com.marketplace.payments.application.PaymentOrderRegistry;
import com.marketplace.payments.application.PaymentOrders;
import com.marketplace.payments.application.Refunds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Enrollments as payments sees them: what to charge, and what the payment's changes mean for the
 * enrollment. Payments calls {@link #paymentChanged} in the transaction that records the change, so
 * "paid" and "enrollment active" commit or roll back together.
 */
@Singleton
@Startup
@LocalBean // it implements PaymentOrders, which would otherwise be its only view
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // stateless in effect: no lock needed
public class EnrollmentPaymentOrders implements PaymentOrders {

  public static final String ORDER_TYPE = PaymentOrderType.ENROLLMENT;

  @EJB PaymentOrderRegistry registry;
  @EJB Refunds refunds;
  @Resource SessionContext context;
  @Inject EnrollmentRepository enrollments;
  @Inject LessonSlotRepository lessonSlots;
  @Inject EnrollmentJournal journal;

  @PostConstruct
  void register() {
    registry.register(ORDER_TYPE, context.getBusinessObject(EnrollmentPaymentOrders.class));
  }

  @Override
  public String orderType() {
    return ORDER_TYPE;
  }

  @Override
  public Optional<PayableOrder> find(UUID tenantId, UUID orderId) {
    return enrollments
        .find(tenantId, orderId)
        .map(
            e ->
                new PayableOrder(
                    e.id(), e.studentId(), e.total(), "Enrollment " + e.id(), e.payable()));
  }

  @Override
  public void paymentChanged(PaymentChange change) {
    Enrollment enrollment =
        enrollments
            .findLocked(change.tenantId(), change.orderId())
            .orElseThrow(() -> new IllegalStateException("No enrollment " + change.orderId()));
    Map<String, Object> before = EnrollmentJournal.stateOf(enrollment);
    EnrollmentStatus statusBefore = enrollment.enrollmentStatus();
    String type;
    switch (change.status()) {
      case PAID -> {
        enrollment.confirmPayment(PaymentConfirmation.PAID, OffsetDateTime.now(ZoneOffset.UTC));
        type = statusBefore != enrollment.enrollmentStatus() ? "activated" : "paymentConfirmed";
      }
      case REFUNDED -> {
        enrollment.refunded();
        lessonSlots.release(enrollment.id());
        type = "refunded";
      }
      case PARTIALLY_REFUNDED -> type = "paymentConfirmed"; // enrollments refund in full
      case PROCESSING -> type = confirm(enrollment, PaymentConfirmation.PROCESSING);
      case CANCELED -> type = confirm(enrollment, PaymentConfirmation.CANCELED);
      default ->
          type = confirm(enrollment, PaymentConfirmation.PENDING); // PENDING, REQUIRES_ACTION
    }
    if (change.disputeStatus() != null && "paymentConfirmed".equals(type)) {
      type = "paymentDisputed"; // a chargeback: the enrollment's own state is unchanged
    }
    journal.enrollment(type, enrollment, before);
    if (enrollment.enrollmentStatus() == EnrollmentStatus.CANCELED
        && enrollment.paymentStatus() == PaymentStatus.PAID) {
      refundLatePayment(change);
    }
  }

  /**
   * The payment succeeded after the enrollment was canceled (say, 3-D Secure finished after the
   * cleanup): no money is kept for lessons that will not happen. The refund's own change comes back
   * through {@link #paymentChanged}, in this transaction.
   */
  private void refundLatePayment(PaymentChange change) {
    refunds.refund(
        change.tenantId(), null, ORDER_TYPE, change.orderId(), null, "paid after cancellation");
  }

  private static String confirm(Enrollment enrollment, PaymentConfirmation confirmation) {
    enrollment.confirmPayment(confirmation, OffsetDateTime.now(ZoneOffset.UTC));
    return "paymentConfirmed";
  }
}
