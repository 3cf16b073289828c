package com.marketplace.enrollment.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Lesson slots. Booking and freeing them are conditional updates, so that the database decides
 * races: a slot is taken only if it is still available and unheld, and a concurrent transaction
 * wanting the same slot waits for the row lock, then finds it taken.
 */
public interface LessonSlotRepository {

  List<LessonSlot> byIds(UUID tenantId, Collection<UUID> ids);

  /** The slots of an enrollment as they are now in the database (holds bypass the entities). */
  List<LessonSlot> currentOf(Enrollment enrollment);

  /**
   * Books every one of {@code slotIds} for {@code enrollmentId}, if each belongs to the pack, is
   * available and is held by nobody.
   *
   * @return how many slots were booked: fewer than asked means the caller must roll back
   */
  int hold(UUID tenantId, UUID coursePackId, List<UUID> slotIds, UUID enrollmentId);

  /** Frees the enrollment's booked slots; lessons that took place stay completed. */
  int release(UUID enrollmentId);

  /** The slot with this id, whichever tenant's: ids are global, a reference upsert checks. */
  Optional<LessonSlot> findInAnyTenant(UUID id);

  void add(LessonSlot slot);

  /** Writes the transaction's pending changes now (see {@link EnrollmentRepository#flush}). */
  void flush();
}
