package com.marketplace.enrollment.application.enrollment;

import com.marketplace.common.error.ApiException;
import com.marketplace.common.security.Caller;
import com.marketplace.enrollment.domain.CoursePackRepository;
import com.marketplace.enrollment.domain.Enrollment;
import com.marketplace.enrollment.domain.EnrollmentRepository;
import com.marketplace.enrollment.domain.EnrollmentStatus;
import com.marketplace.enrollment.domain.LessonSlotRepository;
import com.marketplace.enrollment.domain.RefundPolicy;
import com.marketplace.enrollment.domain.SlotStatus;
import com.marketplace.enrollment.domain.TutorProfileRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Admin and housekeeping transitions: cancel, the cascades after a tutor ban or a course removal,
 * the cleanup of unpaid enrollments, and completion.
 *
 * <p>The cascades and the cleanup end each enrollment in its own transaction: a failure half-way
 * leaves every enrollment either done or untouched, answers with that failure, and a re-run
 * finishes the job. A payment platform that is down does not stop them: the refunds they owe are
 * recorded with each enrollment and made at Stripe once it answers again (payments' {@code
 * Refunds}).
 */
@Stateless
public class EnrollmentAdministration {

  @Inject EnrollmentRepository enrollments;
  @Inject LessonSlotRepository lessonSlots;
  @Inject CoursePackRepository coursePacks;
  @Inject TutorProfileRepository tutorProfiles;
  @Inject EnrollmentAccess access;
  @Inject EnrollmentJournal journal;
  @EJB EnrollmentCancellation cancellation;

  /** Cancels an enrollment; refunds it in full if it was paid. */
  public EnrollmentView cancel(Caller admin, UUID enrollmentId, String reason) {
    Enrollment enrollment = access.visible(admin, enrollmentId, true);
    if (!enrollment.isLive()) {
      throw ApiException.conflict(
          "errMsg_enrollmentNotCancelable",
          "Enrollment "
              + enrollmentId
              + " is "
              + EnrollmentStatus.Column.word(enrollment.enrollmentStatus()));
    }
    cancellation.cancel(enrollment, reason);
    enrollments.flush();
    return EnrollmentView.of(enrollment);
  }

  public List<EnrollmentView> cascadeTutorBan(Caller admin, UUID tutorProfileId, String reason) {
    tutorProfiles
        .find(admin.tenantId(), tutorProfileId)
        .orElseThrow(() -> ApiException.notFound("tutorProfile", tutorProfileId));
    return each(
        enrollments.liveOfTutorProfile(admin.tenantId(), tutorProfileId),
        id -> cancellation.cancelAlone(admin.tenantId(), id, reason));
  }

  public List<EnrollmentView> cascadeCourseRemoval(Caller admin, UUID coursePackId, String reason) {
    coursePacks
        .find(admin.tenantId(), coursePackId)
        .orElseThrow(() -> ApiException.notFound("coursePack", coursePackId));
    return each(
        enrollments.liveOfCoursePack(admin.tenantId(), coursePackId),
        id -> cancellation.cancelAlone(admin.tenantId(), id, reason));
  }

  /**
   * Cancels pending enrollments older than {@code maxAge} whose payment is not under way, of one
   * tenant (or, for the scheduled job, of every tenant), and frees their slots.
   */
  public List<EnrollmentView> cleanupPending(UUID tenantId, Duration maxAge) {
    OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(maxAge);
    String reason = "unpaid after " + maxAge.toMinutes() + " minutes";
    return each(
        enrollments.stalePending(tenantId, cutoff),
        stale -> cancellation.cancelIfUnpaid(stale.tenantId(), stale.id(), reason));
  }

  /** Completes an active enrollment whose every lesson took place. */
  public List<EnrollmentView> checkCompletion(Caller caller, UUID enrollmentId) {
    Enrollment enrollment = access.visible(caller, enrollmentId, true);
    complete(enrollment);
    return List.of(EnrollmentView.of(enrollment));
  }

  /**
   * After a lesson slot was reported done: the enrollment's refund eligibility follows, and it is
   * complete if that was its last lesson.
   */
  public void lessonReported(UUID tenantId, UUID enrollmentId) {
    enrollments
        .findLocked(tenantId, enrollmentId)
        .ifPresent(
            enrollment -> {
              Map<String, Object> before = EnrollmentJournal.stateOf(enrollment);
              enrollment.assessRefund(
                  RefundPolicy.judge(enrollment, lessonSlots.currentOf(enrollment)));
              journal.enrollment("refundAssessed", enrollment, before);
              complete(enrollment);
            });
  }

  private void complete(Enrollment enrollment) {
    boolean allDone =
        lessonSlots.currentOf(enrollment).stream()
            .allMatch(s -> s.status() == SlotStatus.COMPLETED);
    Map<String, Object> before = EnrollmentJournal.stateOf(enrollment);
    if (allDone && enrollment.complete()) {
      enrollments.flush();
      journal.enrollment("completed", enrollment, before);
    }
  }

  /** Ends each enrollment on its own; the first failure, if any, is the answer. */
  private static <T> List<EnrollmentView> each(
      List<T> enrollments, Function<T, Optional<EnrollmentView>> endOne) {
    List<EnrollmentView> done = new ArrayList<>();
    RuntimeException failure = null;
    for (T enrollment : enrollments) {
      try {
        endOne.apply(enrollment).ifPresent(done::add);
      } catch (RuntimeException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure == null) {
      return done;
    }
    if (failure instanceof EJBException wrapped && wrapped.getCause() instanceof ApiException api) {
      throw api;
    }
    throw failure;
  }
}
