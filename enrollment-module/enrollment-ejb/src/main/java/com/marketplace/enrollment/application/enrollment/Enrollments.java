package com.marketplace.enrollment.application.enrollment;

import com.marketplace.common.error.ApiException;
import com.marketplace.common.metrics.BusinessMetrics;
import com.marketplace.common.money.Money;
import com.marketplace.common.security.Caller;
import com.marketplace.enrollment.domain.CoursePack;
import com.marketplace.enrollment.domain.CoursePackRepository;
import com.marketplace.enrollment.domain.Enrollment;
import com.marketplace.enrollment.domain.EnrollmentRepository;
import com.marketplace.enrollment.domain.LessonSlot;
import com.marketplace.enrollment.domain.LessonSlotRepository;
import com.marketplace.enrollment.domain.PreliminaryScreeningRepository;
import com.marketplace.enrollment.domain.TutorProfile;
import com.marketplace.enrollment.domain.TutorProfileRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * A student enrolls in a course pack with chosen slots: the enrollment is pending until paid, and
 * its slots are booked at once. Two students racing for one slot: the database lets exactly one
 * book it ({@code LessonSlotRepository#hold}); the other gets 409 and nothing is written.
 */
@Stateless
public class Enrollments {

  @Inject EnrollmentRepository enrollments;
  @Inject LessonSlotRepository lessonSlots;
  @Inject CoursePackRepository coursePacks;
  @Inject TutorProfileRepository tutorProfiles;
  @Inject PreliminaryScreeningRepository screenings;
  @Inject EnrollmentJournal journal;
  @Inject BusinessMetrics metrics;

  public EnrollmentView enroll(Caller student, NewEnrollment request) {
    UUID tenant = student.tenantId();
    CoursePack pack =
        coursePacks
            .find(tenant, request.coursePackId())
            .filter(CoursePack::isActive)
            .orElseThrow(() -> ApiException.notFound("coursePack", request.coursePackId()));
    requireTutor(tenant, pack, request.tutorProfileId());
    List<UUID> slotIds = requireSlots(tenant, pack, request.lessonSlotIds());
    requirePrice(pack, request);
    if (pack.requiresPreliminaryMeeting()
        && !screenings.passed(tenant, pack.id(), student.userId())) {
      throw ApiException.unprocessable(
          "errMsg_preliminaryScreeningRequired",
          "This course pack requires a passed preliminary screening first");
    }
    Enrollment enrollment = new Enrollment(tenant, student.userId(), pack, slotIds);
    enrollments.add(enrollment);
    if (lessonSlots.hold(tenant, pack.id(), slotIds, enrollment.id()) != slotIds.size()) {
      throw ApiException.conflict(
          "errMsg_lessonSlotUnavailable", "One of the chosen lesson slots is no longer available");
    }
    enrollments.flush();
    journal.enrollment("created", enrollment, null);
    metrics.enrollmentCreated();
    return EnrollmentView.of(enrollment);
  }

  private void requireTutor(UUID tenant, CoursePack pack, UUID tutorProfileId) {
    if (!pack.tutorProfileId().equals(tutorProfileId)) {
      throw ApiException.unprocessable(
          "errMsg_tutorProfileMismatch", "tutorProfileId is not the course pack's tutor");
    }
    if (!tutorProfiles.find(tenant, tutorProfileId).map(TutorProfile::mayTeach).orElse(false)) {
      throw ApiException.conflict(
          "errMsg_tutorNotAvailable", "The course pack's tutor does not take enrollments now");
    }
  }

  private List<UUID> requireSlots(UUID tenant, CoursePack pack, List<UUID> requested) {
    if (requested == null || requested.isEmpty()) {
      throw ApiException.badRequest(
          "errMsg_lessonSlotIdsIsRequired", "lessonSlotIds must name at least one slot");
    }
    if (requested.contains(null) || new HashSet<>(requested).size() != requested.size()) {
      throw ApiException.badRequest(
          "errMsg_lessonSlotIdsIsNotValid", "lessonSlotIds must be distinct slot ids");
    }
    List<LessonSlot> slots = lessonSlots.byIds(tenant, requested);
    ZonedDateTime now = ZonedDateTime.now();
    boolean allOfPack =
        slots.size() == requested.size()
            && slots.stream().allMatch(s -> s.isActive() && s.coursePackId().equals(pack.id()));
    if (!allOfPack) {
      throw ApiException.unprocessable(
          "errMsg_lessonSlotNotInPack", "Every lesson slot must be one of the course pack's");
    }
    if (slots.stream().anyMatch(s -> !s.startsAt().isAfter(now))) {
      throw ApiException.unprocessable(
          "errMsg_lessonSlotInThePast", "A lesson slot that has begun cannot be booked");
    }
    return List.copyOf(requested);
  }

  private static void requirePrice(CoursePack pack, NewEnrollment request) {
    Money price = pack.price();
    boolean same;
    try {
      same =
          request.totalAmount() != null
              && request.currency() != null
              && Money.ofMajor(request.totalAmount(), request.currency()).equals(price);
    } catch (IllegalArgumentException e) {
      same = false;
    }
    if (!same) {
      throw ApiException.unprocessable(
          "errMsg_totalAmountMismatch",
          "totalAmount must be the course pack's price: "
              + price.toMajor()
              + " "
              + price.currency().getCurrencyCode());
    }
  }
}
