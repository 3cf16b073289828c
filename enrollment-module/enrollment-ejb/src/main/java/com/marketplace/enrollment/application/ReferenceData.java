package com.marketplace.enrollment.application;

import com.marketplace.enrollment.domain.UserProfile;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/** Keeps the module's projection of upstream reference data (users, tutors, course packs). */
@Stateless
public class ReferenceData {

  @PersistenceContext(unitName = "enrollment")
  EntityManager em;

  /** Records what the module knows of a user; returns the id of the new profile. */
  public UUID registerUserProfile(UUID tenantId, UUID userId, String fullname, String email) {
    UserProfile profile = new UserProfile(tenantId, userId, fullname, email);
    em.persist(profile);
    em.flush();
    return profile.id();
  }
}
