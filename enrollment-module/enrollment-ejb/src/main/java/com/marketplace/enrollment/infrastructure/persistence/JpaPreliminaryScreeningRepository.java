package com.marketplace.enrollment.infrastructure.persistence;

import com.marketplace.enrollment.domain.PreliminaryScreening;
import com.marketplace.enrollment.domain.PreliminaryScreeningRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaPreliminaryScreeningRepository extends JpaRecords<PreliminaryScreening>
    implements PreliminaryScreeningRepository {

  public JpaPreliminaryScreeningRepository() {
    super(PreliminaryScreening.class);
  }

  @Override
  public boolean passed(UUID tenantId, UUID coursePackId, UUID studentId) {
    return !em.createQuery(
            "select s.id from PreliminaryScreening s where s.tenantId = :tenant"
                + " and s.coursePackId = :pack and s.studentId = :student and s.passed = true"
                + " and s.active = true",
            UUID.class)
        .setParameter("tenant", tenantId)
        .setParameter("pack", coursePackId)
        .setParameter("student", studentId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Optional<PreliminaryScreening> find(UUID tenantId, UUID coursePackId, UUID studentId) {
    return em.createQuery(
            "select s from PreliminaryScreening s where s.tenantId = :tenant"
                + " and s.coursePackId = :pack and s.studentId = :student",
            PreliminaryScreening.class)
        .setParameter("tenant", tenantId)
        .setParameter("pack", coursePackId)
        .setParameter("student", studentId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(PreliminaryScreening screening) {
    persist(screening);
  }
}
