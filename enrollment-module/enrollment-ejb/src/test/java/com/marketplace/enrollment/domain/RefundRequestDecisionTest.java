package com.marketplace.enrollment.domain;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.common.error.DomainException;
import com.marketplace.common.error.DomainException.Kind;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RefundRequestDecisionTest {

  private final Enrollment enrollment =
      Lessons.paid(Lessons.pack("10.00"), Lessons.weekly(Lessons.pack("10.00"), 1));

  @Test
  void anAutoApprovedRequestKeepsItsStatusButTakesANote() {
    RefundRequest request =
        RefundRequest.autoApproved(enrollment, Lessons.STUDENT, "moving", OffsetDateTime.now());
    request.decide(null, "checked", OffsetDateTime.now());
    assertThat(request.adminNote(), equalTo("checked"));

    DomainException refused =
        assertThrows(
            DomainException.class,
            () -> request.decide(RefundRequestStatus.REJECTED, null, OffsetDateTime.now()));
    assertThat(refused.kind(), is(Kind.CONFLICT));
    assertThat(request.status(), is(RefundRequestStatus.AUTO_APPROVED));
  }

  @Test
  void anAdminsRefundIsAutoApprovedAndRecordsWhetherTheFirstLessonTookPlace() {
    RefundRequest request =
        RefundRequest.byAdmin(
            enrollment, UUID.randomUUID(), "tutor left", false, OffsetDateTime.now());
    assertThat(request.status(), is(RefundRequestStatus.AUTO_APPROVED));
    assertThat(request.firstLessonCompleted(), is(false));
    assertThat(request.enrollmentId(), equalTo(enrollment.id()));
  }

  @Test
  void aPendingRequestWaitsUnprocessedUntilAnAdminApprovesIt() {
    RefundRequest request =
        RefundRequest.pending(enrollment, UUID.randomUUID(), "ill", false, "too early");
    assertThat(request.status(), is(RefundRequestStatus.PENDING));
    assertThat(request.processedAt(), is(nullValue()));

    request.decide(RefundRequestStatus.APPROVED, "ok", OffsetDateTime.now());

    assertThat(request.approved(), is(true));
    assertThat(request.processedAt(), is(notNullValue()));
  }
}
