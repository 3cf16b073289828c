package com.marketplace.enrollment.infrastructure;

import com.marketplace.common.persistence.BaseRecord;
import com.marketplace.enrollment.domain.CoursePack;
import com.marketplace.enrollment.domain.Enrollment;
import com.marketplace.enrollment.domain.EnrollmentStatus;
import com.marketplace.enrollment.domain.LessonSlot;
import com.marketplace.enrollment.domain.PaymentConfirmation;
import com.marketplace.enrollment.domain.RefundRequest;
import com.marketplace.enrollment.domain.TutorProfile;
import com.marketplace.enrollment.domain.UserProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The enrollment module's queries, all tenant-scoped: a record of another tenant is never found.
 * Runs in the caller's transaction.
 */
@ApplicationScoped
public class EnrollmentStore {

  @PersistenceContext(unitName = "enrollment")
  EntityManager em;

  public EntityManager em() {
    return em;
  }

  public LessonSlotHolds holds() {
    return new LessonSlotHolds(em);
  }

  public Optional<Enrollment> enrollment(UUID tenantId, UUID id) {
    return find(Enrollment.class, tenantId, id, LockModeType.NONE);
  }

  /** The enrollment, its row locked until the transaction ends: the one writer at a time. */
  public Optional<Enrollment> lockedEnrollment(UUID tenantId, UUID id) {
    return find(Enrollment.class, tenantId, id, LockModeType.PESSIMISTIC_WRITE);
  }

  public Optional<CoursePack> coursePack(UUID tenantId, UUID id) {
    return find(CoursePack.class, tenantId, id, LockModeType.NONE);
  }

  public Optional<TutorProfile> tutorProfile(UUID tenantId, UUID id) {
    return find(TutorProfile.class, tenantId, id, LockModeType.NONE);
  }

  public Optional<RefundRequest> refundRequest(UUID tenantId, UUID id) {
    return find(RefundRequest.class, tenantId, id, LockModeType.NONE);
  }

  public Optional<RefundRequest> refundRequestOf(UUID tenantId, UUID enrollmentId) {
    return em.createQuery(
            "select r from RefundRequest r where r.tenantId = :tenant"
                + " and r.enrollmentId = :enrollment",
            RefundRequest.class)
        .setParameter("tenant", tenantId)
        .setParameter("enrollment", enrollmentId)
        .getResultStream()
        .findFirst();
  }

  /** The slots of an enrollment as they are now in the database. */
  public List<LessonSlot> slotsOf(Enrollment enrollment) {
    List<LessonSlot> slots = slots(enrollment.tenantId(), enrollment.lessonSlotIds());
    slots.forEach(em::refresh); // conditional updates may have changed them behind JPA's back
    return slots;
  }

  public List<LessonSlot> slots(UUID tenantId, Collection<UUID> ids) {
    return byIds(LessonSlot.class, tenantId, ids);
  }

  public Map<UUID, Enrollment> enrollments(UUID tenantId, Collection<UUID> ids) {
    return index(byIds(Enrollment.class, tenantId, ids), Enrollment::id);
  }

  public Map<UUID, CoursePack> coursePacks(UUID tenantId, Collection<UUID> ids) {
    return index(byIds(CoursePack.class, tenantId, ids), CoursePack::id);
  }

  public Map<UUID, TutorProfile> tutorProfiles(UUID tenantId, Collection<UUID> ids) {
    return index(byIds(TutorProfile.class, tenantId, ids), TutorProfile::id);
  }

  public Map<UUID, UserProfile> userProfiles(UUID tenantId, Collection<UUID> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    return index(
        em.createQuery(
                "select u from UserProfile u where u.tenantId = :tenant and u.userId in :users",
                UserProfile.class)
            .setParameter("tenant", tenantId)
            .setParameter("users", userIds)
            .getResultList(),
        UserProfile::userId);
  }

  public Optional<UserProfile> userProfile(UUID tenantId, UUID userId) {
    return userProfiles(tenantId, List.of(userId)).values().stream().findFirst();
  }

  /** The tutor profiles of a user (a tutor has one, in principle). */
  public List<UUID> tutorProfileIdsOf(UUID tenantId, UUID userId) {
    return em.createQuery(
            "select t.id from TutorProfile t where t.tenantId = :tenant and t.tutorId = :user",
            UUID.class)
        .setParameter("tenant", tenantId)
        .setParameter("user", userId)
        .getResultList();
  }

  public boolean passedScreening(UUID tenantId, UUID coursePackId, UUID studentId) {
    return !em.createQuery(
            "select s.id from PreliminaryScreening s where s.tenantId = :tenant"
                + " and s.coursePackId = :pack and s.studentId = :student and s.passed = true"
                + " and s.active = true",
            UUID.class)
        .setParameter("tenant", tenantId)
        .setParameter("pack", coursePackId)
        .setParameter("student", studentId)
        .getResultList()
        .isEmpty();
  }

  /** Pending or active enrollments matching {@code field = value}, oldest first. */
  public List<UUID> liveEnrollments(UUID tenantId, String field, UUID value) {
    return em.createQuery(
            "select e.id from Enrollment e where e.tenantId = :tenant and e."
                + field
                + " = :value and e.enrollmentStatus in :live order by e.createdAt",
            UUID.class)
        .setParameter("tenant", tenantId)
        .setParameter("value", value)
        .setParameter(
            "live", List.of(EnrollmentStatus.PENDING.value(), EnrollmentStatus.ACTIVE.value()))
        .getResultList();
  }

  /**
   * Pending enrollments created before {@code cutoff} (of one tenant, or of all when null) whose
   * payment is not under way: a processing payment may still succeed.
   */
  public List<Enrollment> stalePending(UUID tenantId, OffsetDateTime cutoff) {
    TypedQuery<Enrollment> query =
        em.createQuery(
                "select e from Enrollment e where e.enrollmentStatus = :pending"
                    + " and e.createdAt < :cutoff and e.paymentConfirmation <> :processing"
                    + (tenantId == null ? "" : " and e.tenantId = :tenant")
                    + " order by e.createdAt",
                Enrollment.class)
            .setParameter("pending", EnrollmentStatus.PENDING.value())
            .setParameter("cutoff", cutoff)
            .setParameter("processing", PaymentConfirmation.PROCESSING.value());
    if (tenantId != null) {
      query.setParameter("tenant", tenantId);
    }
    return query.getResultList();
  }

  public void persist(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  private <T extends BaseRecord> Optional<T> find(
      Class<T> type, UUID tenantId, UUID id, LockModeType lock) {
    return Optional.ofNullable(em.find(type, id, lock))
        .filter(row -> row.tenantId().equals(tenantId));
  }

  private <T> List<T> byIds(Class<T> type, UUID tenantId, Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select r from "
                + em.getMetamodel().entity(type).getName()
                + " r where r.tenantId = :tenant and r.id in :ids",
            type)
        .setParameter("tenant", tenantId)
        .setParameter("ids", ids)
        .getResultList();
  }

  private static <T> Map<UUID, T> index(List<T> rows, Function<T, UUID> key) {
    return rows.stream().collect(Collectors.toMap(key, row -> row));
  }
}
