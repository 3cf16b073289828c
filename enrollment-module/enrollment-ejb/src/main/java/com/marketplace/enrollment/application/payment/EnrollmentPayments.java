package com.marketplace.enrollment.application.payment;

import com.marketplace.common.security.Caller;
import com.marketplace.enrollment.application.enrollment.EnrollmentAccess;
import com.marketplace.enrollment.application.enrollment.EnrollmentView;
import com.marketplace.enrollment.domain.EnrollmentRepository;
import com.marketplace.payments.application.PaymentResult;
import com.marketplace.payments.application.PaymentReturn;
import com.marketplace.payments.application.Payments;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * The enrollment payment routes: payments charges the enrollment's own amount, and the enrollment
 * learns the outcome in the same transaction ({@link EnrollmentPaymentOrders}). Only the
 * enrollment's student (or an admin) may pay it or look at its payment.
 */
@Stateless
// no transaction across the payment: payments commits its steps itself, Stripe called in between
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EnrollmentPayments {

  @EJB Payments payments;
  @Inject EnrollmentRepository enrollments;
  @Inject EnrollmentAccess access;

  /** The enrollment as it is after the payment call, and the spec's paymentResult. */
  public record Outcome(EnrollmentView enrollment, PaymentResult paymentResult) {}

  public Outcome start(Caller caller, UUID enrollmentId, String paymentMethodId, String returnUrl) {
    return outcome(
        caller,
        enrollmentId,
        payments.start(
            caller, EnrollmentPaymentOrders.ORDER_TYPE, enrollmentId, paymentMethodId, returnUrl));
  }

  public Outcome refresh(Caller caller, UUID enrollmentId) {
    return outcome(
        caller,
        enrollmentId,
        payments.refresh(caller, EnrollmentPaymentOrders.ORDER_TYPE, enrollmentId));
  }

  /** The redirect back from the payment page: re-reads the PaymentIntent, trusts nothing else. */
  public Outcome callback(Caller caller, UUID enrollmentId) {
    access.visible(caller, enrollmentId, false);
    return outcome(
        caller,
        enrollmentId,
        payments.callback(caller.tenantId(), EnrollmentPaymentOrders.ORDER_TYPE, enrollmentId));
  }

  /**
   * The browser back from Stripe's payment page: verified by payments (the PaymentIntent must pay
   * one of this tenant's enrollments, its client secret must match), then applied as a refresh.
   */
  public PaymentReturn returned(
      Optional<Caller> caller, String paymentIntentId, String clientSecret) {
    return payments.returned(
        EnrollmentPaymentOrders.ORDER_TYPE,
        paymentIntentId,
        clientSecret,
        caller.map(Caller::tenantId));
  }

  private Outcome outcome(Caller caller, UUID enrollmentId, PaymentResult result) {
    return new Outcome(
        EnrollmentView.of(enrollments.find(caller.tenantId(), enrollmentId).orElseThrow()), result);
  }
}
