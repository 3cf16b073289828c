package com.marketplace.enrollment.infrastructure.persistence;

import com.marketplace.enrollment.domain.UserProfile;
import com.marketplace.enrollment.domain.UserProfileRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaUserProfileRepository extends JpaRecords<UserProfile>
    implements UserProfileRepository {

  public JpaUserProfileRepository() {
    super(UserProfile.class);
  }

  @Override
  public Optional<UserProfile> ofUser(UUID tenantId, UUID userId) {
    return ofUsers(tenantId, List.of(userId)).values().stream().findFirst();
  }

  @Override
  public Map<UUID, UserProfile> ofUsers(UUID tenantId, Collection<UUID> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    return index(
        em.createQuery(
                "select u from UserProfile u where u.tenantId = :tenant and u.userId in :users",
                UserProfile.class)
            .setParameter("tenant", tenantId)
            .setParameter("users", userIds)
            .getResultList(),
        UserProfile::userId);
  }

  @Override
  public void add(UserProfile profile) {
    persist(profile);
  }
}
