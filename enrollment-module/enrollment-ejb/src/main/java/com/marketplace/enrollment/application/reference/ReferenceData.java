package com.marketplace.enrollment.application.reference;

import com.marketplace.common.api.SpecEnum;
import com.marketplace.common.audit.Auditor;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.error.Violations;
import com.marketplace.common.money.Money;
import com.marketplace.common.persistence.BaseRecord;
import com.marketplace.enrollment.application.enrollment.EnrollmentAdministration;
import com.marketplace.enrollment.application.reference.ReferenceRecords.CoursePackData;
import com.marketplace.enrollment.application.reference.ReferenceRecords.LessonSlotData;
import com.marketplace.enrollment.application.reference.ReferenceRecords.ScreeningData;
import com.marketplace.enrollment.application.reference.ReferenceRecords.TutorProfileData;
import com.marketplace.enrollment.application.reference.ReferenceRecords.UserProfileData;
import com.marketplace.enrollment.domain.CoursePack;
import com.marketplace.enrollment.domain.LessonSlot;
import com.marketplace.enrollment.domain.LocationType;
import com.marketplace.enrollment.domain.PreliminaryScreening;
import com.marketplace.enrollment.domain.SchedulingType;
import com.marketplace.enrollment.domain.SlotStatus;
import com.marketplace.enrollment.domain.TutorProfile;
import com.marketplace.enrollment.domain.TutorStatus;
import com.marketplace.enrollment.domain.UserProfile;
import com.marketplace.enrollment.infrastructure.EnrollmentStore;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
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
@Stateless
public class ReferenceData {

  @PersistenceContext(unitName = "enrollment")
  EntityManager em;

  @Inject EnrollmentStore store;
  @Inject Auditor auditor;
  @EJB EnrollmentAdministration administration;
  @Inject Validator validator;

  /** Records what the module knows of a user; returns the id of the new profile. */
  public UUID registerUserProfile(UUID tenantId, UUID userId, String fullname, String email) {
    UserProfile profile = new UserProfile(tenantId, userId, fullname, email);
    em.persist(profile);
    em.flush();
    return profile.id();
  }

  public Map<String, Object> tutorProfile(UUID tenantId, UUID id, TutorProfileData data) {
    Violations.requireValid(validator, "tutorProfile", data);
    TutorProfile profile =
        upsert(
            TutorProfile.class, tenantId, id, () -> new TutorProfile(id, tenantId, data.tutorId()));
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
            : SpecEnum.parse(TutorStatus.class, "status", data.status()));
    em.flush();
    auditor.transition(tenantId, "tutorProfile", id, "status", before, profile.status());
    return Map.of("id", id, "tutorId", profile.tutorId(), "status", profile.status().value());
  }

  public Map<String, Object> coursePack(UUID tenantId, UUID id, CoursePackData data) {
    Violations.requireValid(validator, "coursePack", data);
    store
        .tutorProfile(tenantId, data.tutorProfileId())
        .orElseThrow(() -> unknown("tutorProfileId", "tutorProfile", data.tutorProfileId()));
    Money price;
    try {
      price = Money.ofMajor(data.price(), Objects.requireNonNullElse(data.currency(), ""));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("errMsg_priceIsNotValid", e.getMessage());
    }
    CoursePack pack =
        upsert(CoursePack.class, tenantId, id, () -> new CoursePack(id, tenantId, null));
    pack.describe(
        data.tutorProfileId(),
        data.title(),
        price,
        data.category(),
        SpecEnum.parse(SchedulingType.class, "schedulingType", data.schedulingType()),
        Boolean.TRUE.equals(data.requiresPreliminaryMeeting()),
        !Boolean.FALSE.equals(data.isActive()));
    em.flush();
    return Map.of("id", id, "title", pack.title(), "isActive", pack.isActive());
  }

  public Map<String, Object> lessonSlot(UUID tenantId, UUID id, LessonSlotData data) {
    Violations.requireValid(validator, "lessonSlot", data);
    store
        .coursePack(tenantId, data.coursePackId())
        .orElseThrow(() -> unknown("coursePackId", "coursePack", data.coursePackId()));
    SlotStatus reported = SpecEnum.parse(SlotStatus.class, "status", data.status());
    if (reported == SlotStatus.BOOKED) {
      throw ApiException.unprocessable(
          "errMsg_slotBookingIsOurs", "Slots are booked by enrollments, not reported as booked");
    }
    LessonSlot slot =
        upsert(LessonSlot.class, tenantId, id, () -> new LessonSlot(id, tenantId, null));
    slot.describe(
        data.coursePackId(),
        data.scheduledDate(),
        data.scheduledTime(),
        zone(data.timeZone()),
        SpecEnum.parse(LocationType.class, "locationType", data.locationType()),
        data.locationDetails());
    SlotStatus before = slot.status();
    if (reported != null && reported != before) {
      slot.report(reported);
      auditor.transition(tenantId, "lessonSlot", id, "status", before, reported);
    }
    em.flush();
    if (reported == SlotStatus.COMPLETED && slot.heldBy() != null) {
      administration.lessonReported(tenantId, slot.heldBy());
    }
    return Map.of("id", id, "status", slot.status().value());
  }

  public Map<String, Object> userProfile(UUID tenantId, UUID userId, UserProfileData data) {
    Violations.requireValid(validator, "userProfile", data);
    UserProfile profile =
        store
            .userProfile(tenantId, userId)
            .orElseGet(
                () -> {
                  UserProfile created = new UserProfile(tenantId, userId, null, null);
                  em.persist(created);
                  return created;
                });
    profile.describe(data.fullname(), data.email(), data.avatar());
    em.flush();
    return Map.of("id", profile.id(), "userId", userId);
  }

  public Map<String, Object> screening(UUID tenantId, ScreeningData data) {
    Violations.requireValid(validator, "preliminaryScreening", data);
    store
        .coursePack(tenantId, data.coursePackId())
        .orElseThrow(() -> unknown("coursePackId", "coursePack", data.coursePackId()));
    PreliminaryScreening screening =
        em.createQuery(
                "select s from PreliminaryScreening s where s.tenantId = :tenant"
                    + " and s.coursePackId = :pack and s.studentId = :student",
                PreliminaryScreening.class)
            .setParameter("tenant", tenantId)
            .setParameter("pack", data.coursePackId())
            .setParameter("student", data.studentId())
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  PreliminaryScreening created =
                      new PreliminaryScreening(tenantId, data.coursePackId(), data.studentId());
                  em.persist(created);
                  return created;
                });
    screening.record(data.passed());
    em.flush();
    return Map.of("id", screening.id(), "passed", screening.passed());
  }

  private <T extends BaseRecord> T upsert(
      Class<T> type, UUID tenantId, UUID id, Supplier<T> create) {
    T existing = em.find(type, id);
    if (existing == null) {
      T created = create.get();
      em.persist(created);
      auditor.created(tenantId, referenceType(type), id);
      return created;
    }
    if (!existing.tenantId().equals(tenantId)) {
      throw ApiException.conflict("errMsg_idTaken", "This id belongs to another record");
    }
    return existing;
  }

  /** tutorProfile, coursePack, lessonSlot: as the audit trail names them. */
  private static String referenceType(Class<?> type) {
    String name = type.getSimpleName();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
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
