package com.marketplace.enrollment.domain;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.common.error.DomainException;
import com.marketplace.common.error.DomainException.Kind;
import com.marketplace.common.money.Money;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnrollmentTransitionsTest {

  private final CoursePack pack = Lessons.pack("120.50");
  private final List<LessonSlot> slots = Lessons.weekly(pack, 2);

  @Test
  void aNewEnrollmentIsPendingAtThePacksPrice() {
    Enrollment enrollment = Lessons.enrollment(pack, slots);
    assertThat(enrollment.enrollmentStatus(), is(EnrollmentStatus.PENDING));
    assertThat(enrollment.paymentStatus(), is(PaymentStatus.PENDING));
    assertThat(enrollment.total(), equalTo(Money.ofMinor(12_050, "EUR")));
    assertThat(enrollment.payable(), is(true));
  }

  @Test
  void paymentActivatesAPendingEnrollmentOnce() {
    Enrollment enrollment = Lessons.enrollment(pack, slots);
    enrollment.confirmPayment(PaymentConfirmation.PROCESSING, OffsetDateTime.now());
    assertThat(enrollment.enrollmentStatus(), is(EnrollmentStatus.PENDING));
    assertThat(enrollment.enrolledAt(), nullValue());

    enrollment.confirmPayment(PaymentConfirmation.PAID, OffsetDateTime.now());
    assertThat(enrollment.enrollmentStatus(), is(EnrollmentStatus.ACTIVE));
    assertThat(enrollment.paymentConfirmation(), is(PaymentConfirmation.PAID));
    assertThat(enrollment.enrolledAt(), notNullValue());
    assertThat(enrollment.payable(), is(false));

    enrollment.confirmPayment(PaymentConfirmation.PROCESSING, OffsetDateTime.now());
    assertThat(enrollment.paymentConfirmation(), is(PaymentConfirmation.PAID));
  }

  @Test
  void aPaymentForACanceledEnrollmentIsRecordedButDoesNotReviveIt() {
    Enrollment enrollment = Lessons.enrollment(pack, slots);
    enrollment.cancel("unpaid");
    enrollment.confirmPayment(PaymentConfirmation.PAID, OffsetDateTime.now());
    assertThat(enrollment.enrollmentStatus(), is(EnrollmentStatus.CANCELED));
    assertThat(enrollment.paymentStatus(), is(PaymentStatus.PAID));
  }

  @Test
  void anUnpaidEnrollmentCanceledAwaitsNoPaymentAndHasNothingToRefund() {
    Enrollment enrollment = Lessons.enrollment(pack, slots);
    enrollment.confirmPayment(PaymentConfirmation.PROCESSING, OffsetDateTime.now());
    enrollment.cancel("tutor banned");
    assertThat(enrollment.enrollmentStatus(), is(EnrollmentStatus.CANCELED));
    assertThat(enrollment.paymentStatus(), is(PaymentStatus.PENDING));
    assertThat(enrollment.refundStatus(), is(RefundStatus.NOT_REQUESTED));
    assertThat(enrollment.paymentConfirmation(), is(PaymentConfirmation.CANCELED));
    assertThat(enrollment.payable(), is(false));

    enrollment.confirmPayment(PaymentConfirmation.PROCESSING, OffsetDateTime.now());
    assertThat(enrollment.paymentConfirmation(), is(PaymentConfirmation.CANCELED));
  }

  @Test
  void aPaymentFinishingAfterTheCancelEndsRefundedAsTheSpecsCancelSays() {
    Enrollment enrollment = Lessons.enrollment(pack, slots);
    enrollment.cancel("tutor banned");
    enrollment.confirmPayment(PaymentConfirmation.PAID, OffsetDateTime.now());
    assertThat(enrollment.paymentConfirmation(), is(PaymentConfirmation.PAID));
    enrollment.refunded();
    assertThat(enrollment.enrollmentStatus(), is(EnrollmentStatus.CANCELED));
    assertThat(enrollment.paymentStatus(), is(PaymentStatus.REFUNDED));
    assertThat(enrollment.refundStatus(), is(RefundStatus.PROCESSED));
    assertThat(enrollment.enrolledAt(), nullValue());
  }

  @Test
  void aRefundEndsAPaidEnrollment() {
    Enrollment enrollment = Lessons.paid(pack, slots);
    enrollment.refunded();
    assertThat(enrollment.paymentStatus(), is(PaymentStatus.REFUNDED));
    assertThat(enrollment.refundStatus(), is(RefundStatus.PROCESSED));
    assertThat(enrollment.enrollmentStatus(), is(EnrollmentStatus.CANCELED));
  }

  @Test
  void anUnpaidEnrollmentCannotBeRefunded() {
    Enrollment enrollment = Lessons.enrollment(pack, slots);
    DomainException refused = assertThrows(DomainException.class, enrollment::refunded);
    assertThat(refused.kind(), is(Kind.CONFLICT));
  }

  @Test
  void onlyALiveEnrollmentCanBeCanceledAndOnlyAnActiveOneCompleted() {
    Enrollment enrollment = Lessons.enrollment(pack, slots);
    assertThat(enrollment.complete(), is(false));
    enrollment.cancel("admin");
    assertThat(enrollment.cancelReason(), equalTo("admin"));
    assertThat(
        assertThrows(DomainException.class, () -> enrollment.cancel("again")).kind(),
        is(Kind.CONFLICT));

    Enrollment active = Lessons.paid(pack, slots);
    assertThat(active.complete(), is(true));
    assertThat(active.enrollmentStatus(), is(EnrollmentStatus.COMPLETED));
    assertThrows(DomainException.class, () -> active.cancel("too late"));
  }
}
