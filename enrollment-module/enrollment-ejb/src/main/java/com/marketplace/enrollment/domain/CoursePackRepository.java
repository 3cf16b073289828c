package com.marketplace.enrollment.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The course packs projected from upstream, of one tenant. */
public interface CoursePackRepository {

  Optional<CoursePack> find(UUID tenantId, UUID id);

  Map<UUID, CoursePack> byIds(UUID tenantId, Collection<UUID> ids);

  /** The pack with this id, whichever tenant's: ids are global, a reference upsert checks. */
  Optional<CoursePack> findInAnyTenant(UUID id);

  void add(CoursePack pack);

  /** Writes the transaction's pending changes now (see {@link EnrollmentRepository#flush}). */
  void flush();
}
