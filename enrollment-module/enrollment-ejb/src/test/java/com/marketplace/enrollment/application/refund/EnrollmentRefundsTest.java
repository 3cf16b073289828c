package com.marketplace.enrollment.application.refund;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.common.error.ApiException;
import com.marketplace.common.security.Caller;
import com.marketplace.enrollment.application.Catalogue;
import com.marketplace.enrollment.application.InMemoryRepositories;
import com.marketplace.enrollment.application.RecordingJournal;
import com.marketplace.enrollment.application.enrollment.UseCases;
import com.marketplace.enrollment.application.enrollment.UseCases.NotedCancellations;
import com.marketplace.enrollment.domain.Enrollment;
import com.marketplace.enrollment.domain.PaymentConfirmation;
import com.marketplace.enrollment.domain.RefundRequestStatus;
import com.marketplace.enrollment.domain.SlotStatus;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A student's refund request, judged at once: after the first lesson and before the second it is
 * approved and the enrollment ended (refunded through payments); otherwise it waits for an admin.
 */
class EnrollmentRefundsTest {

  private final InMemoryRepositories repositories = new InMemoryRepositories();
  private final Catalogue catalogue = new Catalogue(repositories, 3);
  private final RecordingJournal journal = new RecordingJournal();
  private final NotedCancellations cancellations = new NotedCancellations();
  private final EnrollmentRefunds refunds = new EnrollmentRefunds();
  private final Caller student = Catalogue.student();
  private Enrollment enrollment;

  @BeforeEach
  void aStudentEnrolledInThreeLessons() {
    refunds.enrollments = repositories.enrollments;
    refunds.lessonSlots = repositories.lessonSlots;
    refunds.refundRequests = repositories.refundRequests;
    refunds.access = UseCases.access(repositories);
    refunds.journal = journal;
    refunds.cancellation = cancellations;
    enrollment =
        new Enrollment(Catalogue.TENANT, student.userId(), catalogue.pack, catalogue.lessonIds());
    repositories.enrollments.add(enrollment);
  }

  private void paid() {
    enrollment.confirmPayment(PaymentConfirmation.PAID, OffsetDateTime.now());
  }

  private void lessonsTookPlace(int count) {
    catalogue.lessons.subList(0, count).forEach(l -> l.report(SlotStatus.COMPLETED));
  }

  @Test
  void aRefundAskedAfterTheFirstLessonAndBeforeTheSecondIsApprovedAndEndsTheEnrollment() {
    paid();
    lessonsTookPlace(1);

    RefundRequestView request = refunds.request(student, enrollment.id(), "not for me");

    assertThat(request.status(), equalTo(RefundRequestStatus.AUTO_APPROVED));
    assertThat(cancellations.ended, contains(enrollment.id()));
    assertThat(journal.events, contains("refundRequest.created"));
  }

  @Test
  void aRefundAskedBeforeTheFirstLessonWaitsForAnAdminAndEndsNothing() {
    paid();

    RefundRequestView request = refunds.request(student, enrollment.id(), "changed my mind");

    assertThat(request.status(), equalTo(RefundRequestStatus.PENDING));
    assertThat(request.firstLessonCompleted(), is(false));
    assertThat(cancellations.ended, is(empty()));
  }

  @Test
  void aRefundAskedAfterTheSecondLessonWaitsForAnAdminAndEndsNothing() {
    paid();
    lessonsTookPlace(2);

    RefundRequestView request = refunds.request(student, enrollment.id(), "too late");

    assertThat(request.status(), equalTo(RefundRequestStatus.PENDING));
    assertThat(request.firstLessonCompleted(), is(true));
    assertThat(cancellations.ended, is(empty()));
  }

  @Test
  void anUnpaidEnrollmentsRefundIsRefusedWith422AndNothingIsRecorded() {
    lessonsTookPlace(1);

    ApiException refused =
        assertThrows(ApiException.class, () -> refunds.request(student, enrollment.id(), "x"));

    assertThat(refused.status(), is(422));
    assertThat(repositories.refundRequests.all(), is(empty()));
  }

  @Test
  void aSecondRequestForTheSameEnrollmentIsRefusedWith409() {
    paid();
    refunds.request(student, enrollment.id(), "changed my mind");

    ApiException refused =
        assertThrows(ApiException.class, () -> refunds.request(student, enrollment.id(), "again"));

    assertThat(refused.status(), is(409));
    assertThat(repositories.refundRequests.all().size(), is(1));
  }

  @Test
  void anotherStudentMayNotAskForTheRefund() {
    paid();
    lessonsTookPlace(1);

    ApiException refused =
        assertThrows(
            ApiException.class,
            () -> refunds.request(Catalogue.student(), enrollment.id(), "not mine"));

    assertThat(refused.status(), is(403));
    assertThat(cancellations.ended, is(empty()));
  }
}
