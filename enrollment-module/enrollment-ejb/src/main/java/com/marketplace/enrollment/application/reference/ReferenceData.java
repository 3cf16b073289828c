package com.marketplace.enrollment.application.reference;

import com.marketplace.common.audit.Auditor;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.error.Violations;
import com.marketplace.common.money.Money;
import com.marketplace.common.persistence.BaseRecord;
import com.marketplace.enrollment.application.ClientWords;
import com.marketplace.enrollment.application.enrollment.EnrollmentAdministration;
import com.marketplace.enrollment.application.reference.ReferenceRecords.CoursePackData;
import com.marketplace.enrollment.application.reference.ReferenceRecords.LessonSlotData;
import com.marketplace.enrollment.application.reference.ReferenceRecords.ScreeningData;
import com.marketplace.enrollment.application.reference.ReferenceRecords.TutorProfileData;
import com.marketplace.enrollment.application.reference.ReferenceRecords.UserProfileData;
import com.marketplace.enrollment.domain.CoursePack;
import com.marketplace.enrollment.domain.CoursePackRepository;
import com.marketplace.enrollment.domain.LessonSlot;
import com.marketplace.enrollment.domain.LessonSlotRepository;
import com.marketplace.enrollment.domain.LocationType;
import com.marketplace.enrollment.domain.PreliminaryScreening;
import com.marketplace.enrollment.domain.PreliminaryScreeningRepository;
import com.marketplace.enrollment.domain.SchedulingType;
import com.marketplace.enrollment.domain.SlotStatus;
import com.marketplace.enrollment.domain.TutorProfile;
import com.marketplace.enrollment.domain.TutorProfileRepository;
import com.marketplace.enrollment.domain.TutorStatus;
import com.marketplace.enrollment.domain.UserProfile;
import com.marketplace.enrollment.domain.UserProfileRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Keeps the module's projection of upstream reference data (users, tutors, course packs, lesson
 * slots, screenings), upserted by the admin routes and the JMS consumer alike. A lesson reported
 * completed may complete its enrollment.
 *
 * <p>Both ways are held to the records' Bean Validation constraints (checked here as well as at the
 * route), and a record naming another (a pack's tutor, a slot's or screening's pack) is refused
 * with 404 unless that record exists in the tenant: nothing reaches the database's foreign keys.
 */
// named apart from booking's ReferenceData: the one-WAR build for Payara Micro holds both in one
// EJB module, where the default name (the simple class name) collides (docs/payara-micro.md)
@Stateless(name = "EnrollmentReferenceData")
public class ReferenceData {

  @Inject CoursePackRepository coursePacks;
  @Inject LessonSlotRepository lessonSlots;
  @Inject PreliminaryScreeningRepository screenings;
  @Inject TutorProfileRepository tutorProfiles;
  @Inject UserProfileRepository userProfiles;
  @Inject Auditor auditor;
  @EJB EnrollmentAdministration administration;
  @Inject Validator validator;
  @Inject ClientWords words;

  /** Records what the module knows of a user; returns the id of the new profile. */
  public UUID registerUserProfile(UUID tenantId, UUID userId, String fullname, String email) {
    UserProfile profile = new UserProfile(tenantId, userId, fullname, email);
    userProfiles.add(profile);
    userProfiles.flush();
    return profile.id();
  }

  public Map<String, Object> tutorProfile(UUID tenantId, UUID id, TutorProfileData data) {
    Violations.requireValid(validator, "tutorProfile", data);
    TutorProfile profile =
        upsert(
            "tutorProfile",
            tenantId,
            id,
            tutorProfiles::findInAnyTenant,
            () -> new TutorProfile(id, tenantId, data.tutorId()),
            tutorProfiles::add);
    if (!profile.tutorId().equals(data.tutorId())) {
      throw ApiException.conflict(
          "errMsg_tutorIdIsFixed", "A tutor profile's tutorId never changes");
    }
    TutorStatus before = profile.status();
    profile.describe(
        data.certifications(),
        data.bio(),
        data.profilePhoto(),
        data.status() == null
            ? TutorStatus.ACTIVE
            : words.read(TutorStatus.class, "status", data.status()));
    tutorProfiles.flush();
    auditor.transition(tenantId, "tutorProfile", id, "status", before, profile.status());
    return Map.of("id", id, "tutorId", profile.tutorId(), "status", words.word(profile.status()));
  }

  public Map<String, Object> coursePack(UUID tenantId, UUID id, CoursePackData data) {
    Violations.requireValid(validator, "coursePack", data);
    tutorProfiles
        .find(tenantId, data.tutorProfileId())
        .orElseThrow(() -> unknown("tutorProfileId", "tutorProfile", data.tutorProfileId()));
    Money price;
    try {
      price = Money.ofMajor(data.price(), Objects.requireNonNullElse(data.currency(), ""));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("errMsg_priceIsNotValid", e.getMessage());
    }
    CoursePack pack =
        upsert(
            "coursePack",
            tenantId,
            id,
            coursePacks::findInAnyTenant,
            () -> new CoursePack(id, tenantId, null),
            coursePacks::add);
    pack.describe(
        data.tutorProfileId(),
        data.title(),
        price,
        data.category(),
        words.read(SchedulingType.class, "schedulingType", data.schedulingType()),
        Boolean.TRUE.equals(data.requiresPreliminaryMeeting()),
        !Boolean.FALSE.equals(data.isActive()));
    coursePacks.flush();
    return Map.of("id", id, "title", pack.title(), "isActive", pack.isActive());
  }

  public Map<String, Object> lessonSlot(UUID tenantId, UUID id, LessonSlotData data) {
    Violations.requireValid(validator, "lessonSlot", data);
    coursePacks
        .find(tenantId, data.coursePackId())
        .orElseThrow(() -> unknown("coursePackId", "coursePack", data.coursePackId()));
    SlotStatus reported = words.read(SlotStatus.class, "status", data.status());
    if (reported == SlotStatus.BOOKED) {
      throw ApiException.unprocessable(
          "errMsg_slotBookingIsOurs", "Slots are booked by enrollments, not reported as booked");
    }
    LessonSlot slot =
        upsert(
            "lessonSlot",
            tenantId,
            id,
            lessonSlots::findInAnyTenant,
            () -> new LessonSlot(id, tenantId, null),
            lessonSlots::add);
    slot.describe(
        data.coursePackId(),
        data.scheduledDate(),
        data.scheduledTime(),
        zone(data.timeZone()),
        words.read(LocationType.class, "locationType", data.locationType()),
        data.locationDetails());
    SlotStatus before = slot.status();
    if (reported != null && reported != before) {
      slot.report(reported);
      auditor.transition(tenantId, "lessonSlot", id, "status", before, reported);
    }
    lessonSlots.flush();
    if (reported == SlotStatus.COMPLETED && slot.heldBy() != null) {
      administration.lessonReported(tenantId, slot.heldBy());
    }
    return Map.of("id", id, "status", words.word(slot.status()));
  }

  public Map<String, Object> userProfile(UUID tenantId, UUID userId, UserProfileData data) {
    Violations.requireValid(validator, "userProfile", data);
    UserProfile profile =
        userProfiles
            .ofUser(tenantId, userId)
            .orElseGet(
                () -> {
                  UserProfile created = new UserProfile(tenantId, userId, null, null);
                  userProfiles.add(created);
                  return created;
                });
    profile.describe(data.fullname(), data.email(), data.avatar());
    userProfiles.flush();
    return Map.of("id", profile.id(), "userId", userId);
  }

  public Map<String, Object> screening(UUID tenantId, ScreeningData data) {
    Violations.requireValid(validator, "preliminaryScreening", data);
    coursePacks
        .find(tenantId, data.coursePackId())
        .orElseThrow(() -> unknown("coursePackId", "coursePack", data.coursePackId()));
    PreliminaryScreening screening =
        screenings
            .find(tenantId, data.coursePackId(), data.studentId())
            .orElseGet(
                () -> {
                  PreliminaryScreening created =
                      new PreliminaryScreening(tenantId, data.coursePackId(), data.studentId());
                  screenings.add(created);
                  return created;
                });
    screening.record(data.passed());
    screenings.flush();
    return Map.of("id", screening.id(), "passed", screening.passed());
  }

  /**
   * The record with this id, created if new (and audited as {@code type}). An id that another
   * tenant's record has is refused: ids are global.
   */
  private <T extends BaseRecord> T upsert(
      String type,
      UUID tenantId,
      UUID id,
      Function<UUID, Optional<T>> findInAnyTenant,
      Supplier<T> create,
      Consumer<T> add) {
    T existing = findInAnyTenant.apply(id).orElse(null);
    if (existing == null) {
      T created = create.get();
      add.accept(created);
      auditor.created(tenantId, type, id);
      return created;
    }
    if (!existing.tenantId().equals(tenantId)) {
      throw ApiException.conflict("errMsg_idTaken", "This id belongs to another record");
    }
    return existing;
  }

  private static ZoneId zone(String timeZone) {
    try {
      return ZoneId.of(Objects.requireNonNull(timeZone, "timeZone"));
    } catch (DateTimeException | NullPointerException e) {
      throw ApiException.badRequest(
          "errMsg_timeZoneIsNotValid", "timeZone must be an IANA zone such as Europe/Berlin");
    }
  }

  /** 404 for a reference to a record the tenant does not have, naming the field that made it. */
  private static ApiException unknown(String field, String objectType, UUID id) {
    return new ApiException(
        404,
        "errMsg_" + objectType + "NotFound",
        field + ": " + objectType + " " + id + " was not found");
  }
}
