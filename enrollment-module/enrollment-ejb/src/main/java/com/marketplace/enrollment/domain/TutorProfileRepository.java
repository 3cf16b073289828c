package com.marketplace.enrollment.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The tutor profiles projected from upstream, of one tenant. */
public interface TutorProfileRepository {

  Optional<TutorProfile> find(UUID tenantId, UUID id);

  Map<UUID, TutorProfile> byIds(UUID tenantId, Collection<UUID> ids);

  /** The tutor profiles of a user (a tutor has one, in principle). */
  List<UUID> idsOfTutor(UUID tenantId, UUID userId);

  /** The profile with this id, whichever tenant's: ids are global, a reference upsert checks. */
  Optional<TutorProfile> findInAnyTenant(UUID id);

  void add(TutorProfile profile);

  /** Writes the transaction's pending changes now (see {@link EnrollmentRepository#flush}). */
  void flush();
}
