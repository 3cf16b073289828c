package com.marketplace.enrollment.infrastructure.persistence;

import com.marketplace.enrollment.domain.TutorProfile;
import com.marketplace.enrollment.domain.TutorProfileRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class JpaTutorProfileRepository extends JpaRecords<TutorProfile>
    implements TutorProfileRepository {

  public JpaTutorProfileRepository() {
    super(TutorProfile.class);
  }

  @Override
  public Map<UUID, TutorProfile> byIds(UUID tenantId, Collection<UUID> ids) {
    return mapByIds(tenantId, ids);
  }

  @Override
  public List<UUID> idsOfTutor(UUID tenantId, UUID userId) {
    return em.createQuery(
            "select t.id from TutorProfile t where t.tenantId = :tenant and t.tutorId = :user",
            UUID.class)
        .setParameter("tenant", tenantId)
        .setParameter("user", userId)
        .getResultList();
  }

  @Override
  public void add(TutorProfile profile) {
    persist(profile);
  }
}
