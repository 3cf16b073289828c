package com.marketplace.booking.domain;

import java.util.Optional;
import java.util.UUID;

/** The module's projection of user profiles, one per user of a tenant. */
public interface UserProfileRepository {

  Optional<UserProfile> find(UUID tenantId, UUID userId);

  void add(UserProfile profile);

  /** Writes the pending changes now, so that the profile shows what the database made of them. */
  void flush();
}
