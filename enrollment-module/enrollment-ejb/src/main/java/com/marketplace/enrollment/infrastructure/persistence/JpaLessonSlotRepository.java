package com.marketplace.enrollment.infrastructure.persistence;

import static java.util.stream.Collectors.joining;

import com.marketplace.enrollment.domain.Enrollment;
import com.marketplace.enrollment.domain.LessonSlot;
import com.marketplace.enrollment.domain.LessonSlotRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Lesson slots, booked and freed with conditional updates so that the database decides races: an
 * update takes a slot only if it is still available and unheld, and a concurrent transaction
 * wanting the same slot waits for the row lock, then finds it taken (PostgreSQL re-checks the
 * condition on the locked row).
 */
@ApplicationScoped
public class JpaLessonSlotRepository extends JpaRecords<LessonSlot>
    implements LessonSlotRepository {

  public JpaLessonSlotRepository() {
    super(LessonSlot.class);
  }

  @Override
  public List<LessonSlot> byIds(UUID tenantId, Collection<UUID> ids) {
    return listByIds(tenantId, ids);
  }

  @Override
  public List<LessonSlot> currentOf(Enrollment enrollment) {
    List<LessonSlot> slots = listByIds(enrollment.tenantId(), enrollment.lessonSlotIds());
    slots.forEach(em::refresh); // conditional updates may have changed them behind JPA's back
    return slots;
  }

  @Override
  public int hold(UUID tenantId, UUID coursePackId, List<UUID> slotIds, UUID enrollmentId) {
    return em.createNativeQuery(
            "update enrollment.lesson_slot set status = 'booked', held_by = ?1,"
                + " record_version = record_version + 1, updated_at = now()"
                + " where tenant_id = ?2 and course_pack_id = ?3 and id = any(cast(?4 as uuid[]))"
                + " and status = 'available' and held_by is null and is_active")
        .setParameter(1, enrollmentId)
        .setParameter(2, tenantId)
        .setParameter(3, coursePackId)
        .setParameter(4, "{" + slotIds.stream().map(UUID::toString).collect(joining(",")) + "}")
        .executeUpdate();
  }

  @Override
  public int release(UUID enrollmentId) {
    return em.createNativeQuery(
            "update enrollment.lesson_slot set status = 'available', held_by = null,"
                + " record_version = record_version + 1, updated_at = now()"
                + " where held_by = ?1 and status = 'booked'")
        .setParameter(1, enrollmentId)
        .executeUpdate();
  }

  @Override
  public void add(LessonSlot slot) {
    persist(slot);
  }
}
