package com.marketplace.enrollment.domain;

import static com.marketplace.enrollment.domain.Lessons.nth;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.marketplace.enrollment.domain.RefundPolicy.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefundPolicyTest {

  private final CoursePack pack = Lessons.pack("90.00");
  private final List<LessonSlot> slots = Lessons.weekly(pack, 3);

  @Test
  void anUnpaidEnrollmentIsNotRefundable() {
    nth(slots, 0).report(SlotStatus.COMPLETED);
    assertThat(RefundPolicy.judge(Lessons.enrollment(pack, slots), slots), is(Verdict.NOT_PAID));
  }

  @Test
  void beforeTheFirstLessonARefundIsRefused() {
    assertThat(
        RefundPolicy.judge(Lessons.paid(pack, slots), slots),
        is(Verdict.FIRST_LESSON_NOT_COMPLETED));
  }

  @Test
  void afterTheFirstLessonAndBeforeTheSecondARefundIsDue() {
    nth(slots, 0).report(SlotStatus.COMPLETED);
    assertThat(RefundPolicy.judge(Lessons.paid(pack, slots), slots), is(Verdict.ELIGIBLE));
  }

  @Test
  void afterTheSecondLessonARefundIsRefused() {
    nth(slots, 0).report(SlotStatus.COMPLETED);
    nth(slots, 1).report(SlotStatus.COMPLETED);
    assertThat(
        RefundPolicy.judge(Lessons.paid(pack, slots), slots), is(Verdict.LATER_LESSON_COMPLETED));
  }

  @Test
  void theFirstLessonIsTheEarliestNotTheFirstListed() {
    nth(slots, 2).report(SlotStatus.COMPLETED); // the last lesson, listed first
    assertThat(
        RefundPolicy.judge(Lessons.paid(pack, slots), slots),
        is(Verdict.FIRST_LESSON_NOT_COMPLETED));
  }

  @Test
  void aCanceledEnrollmentIsNotRefundable() {
    Enrollment enrollment = Lessons.paid(pack, slots);
    enrollment.cancel("admin");
    nth(slots, 0).report(SlotStatus.COMPLETED);
    assertThat(RefundPolicy.judge(enrollment, slots), is(Verdict.NOT_PAID));
  }

  @Test
  void theEnrollmentShowsWhetherARefundCouldBeAskedForNow() {
    Enrollment enrollment = Lessons.paid(pack, slots);
    nth(slots, 0).report(SlotStatus.COMPLETED);
    enrollment.assessRefund(RefundPolicy.judge(enrollment, slots));
    assertThat(enrollment.refundStatus(), is(RefundStatus.ELIGIBLE));

    nth(slots, 1).report(SlotStatus.COMPLETED);
    enrollment.assessRefund(RefundPolicy.judge(enrollment, slots));
    assertThat(enrollment.refundStatus(), is(RefundStatus.INELIGIBLE));
  }

  @Test
  void aCompletedEnrollmentHasNothingToRefund() {
    Enrollment enrollment = Lessons.paid(pack, slots);
    enrollment.complete();
    assertThat(enrollment.refundStatus(), is(RefundStatus.INELIGIBLE));
  }
}
