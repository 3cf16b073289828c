package com.marketplace.enrollment.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What the module knows of the tenant's users, by user id. */
public interface UserProfileRepository {

  Optional<UserProfile> ofUser(UUID tenantId, UUID userId);

  Map<UUID, UserProfile> ofUsers(UUID tenantId, Collection<UUID> userIds);

  void add(UserProfile profile);

  /** Writes the transaction's pending changes now (see {@link EnrollmentRepository#flush}). */
  void flush();
}
