package com.marketplace.booking.infrastructure.persistence;

import com.marketplace.booking.domain.UserProfile;
import com.marketplace.booking.domain.UserProfileRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaUserProfileRepository implements UserProfileRepository {

  @PersistenceContext(unitName = "booking")
  EntityManager em;

  @Override
  public Optional<UserProfile> find(UUID tenantId, UUID userId) {
    return em.createQuery(
            "select p from UserProfile p where p.tenantId = :tenant and p.userId = :user",
            UserProfile.class)
        .setParameter("tenant", tenantId)
        .setParameter("user", userId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(UserProfile profile) {
    em.persist(profile);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
