package com.marketplace.enrollment.domain;

import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The enrollments of a tenant: another tenant's are never found. Runs in the caller's transaction.
 */
public interface EnrollmentRepository {

  Optional<Enrollment> find(UUID tenantId, UUID id);

  /** The enrollment, its row locked until the transaction ends: the one writer at a time. */
  Optional<Enrollment> findLocked(UUID tenantId, UUID id);

  Map<UUID, Enrollment> byIds(UUID tenantId, Collection<UUID> ids);

  /** Pending or active enrollments with this tutor profile, oldest first. */
  List<UUID> liveOfTutorProfile(UUID tenantId, UUID tutorProfileId);

  /** Pending or active enrollments in this course pack, oldest first. */
  List<UUID> liveOfCoursePack(UUID tenantId, UUID coursePackId);

  /**
   * Pending enrollments created before {@code cutoff} (of one tenant, or of all when null) whose
   * payment is not under way: a processing payment may still succeed.
   */
  List<Enrollment> stalePending(UUID tenantId, OffsetDateTime cutoff);

  /** What {@code filter} keeps, newest first. */
  Page<Enrollment> page(UUID tenantId, EnrollmentFilter filter, PageRequest page);

  void add(Enrollment enrollment);

  /**
   * Writes the transaction's pending changes now, so that the database's constraints judge them
   * here rather than at commit.
   */
  void flush();
}
