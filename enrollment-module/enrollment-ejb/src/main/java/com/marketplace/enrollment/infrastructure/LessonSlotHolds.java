package com.marketplace.enrollment.infrastructure;

import static java.util.stream.Collectors.joining;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * Booking and freeing lesson slots with conditional updates, so that the database decides races: an
 * update takes a slot only if it is still available and unheld, and a concurrent transaction
 * wanting the same slot waits for the row lock, then finds it taken (PostgreSQL re-checks the
 * condition on the locked row).
 */
public final class LessonSlotHolds {

  private final EntityManager em;

  public LessonSlotHolds(EntityManager em) {
    this.em = em;
  }

  /**
   * Books every one of {@code slotIds} for {@code enrollmentId}, if each belongs to the pack, is
   * available and is held by nobody.
   *
   * @return how many slots were booked: fewer than asked means the caller must roll back
   */
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

  /** Frees the enrollment's booked slots; lessons that took place stay completed. */
  public int release(UUID enrollmentId) {
    return em.createNativeQuery(
            "update enrollment.lesson_slot set status = 'available', held_by = null,"
                + " record_version = record_version + 1, updated_at = now()"
                + " where held_by = ?1 and status = 'booked'")
        .setParameter(1, enrollmentId)
        .executeUpdate();
  }
}
