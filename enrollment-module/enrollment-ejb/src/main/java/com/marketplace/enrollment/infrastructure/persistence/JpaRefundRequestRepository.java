package com.marketplace.enrollment.infrastructure.persistence;

import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.persistence.ListQuery;
import com.marketplace.common.persistence.SqlStates;
import com.marketplace.enrollment.domain.EnrollmentViewer;
import com.marketplace.enrollment.domain.RefundRequest;
import com.marketplace.enrollment.domain.RefundRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaRefundRequestRepository extends JpaRecords<RefundRequest>
    implements RefundRequestRepository {

  public JpaRefundRequestRepository() {
    super(RefundRequest.class);
  }

  @Override
  public Optional<RefundRequest> ofEnrollment(UUID tenantId, UUID enrollmentId) {
    return em.createQuery(
            "select r from RefundRequest r where r.tenantId = :tenant"
                + " and r.enrollmentId = :enrollment",
            RefundRequest.class)
        .setParameter("tenant", tenantId)
        .setParameter("enrollment", enrollmentId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean add(RefundRequest request) {
    try {
      persist(request);
      flush();
      return true;
    } catch (PersistenceException e) {
      if (SqlStates.causedBy(e, SqlStates.UNIQUE_VIOLATION)) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public Page<RefundRequest> page(
      UUID tenantId, Optional<EnrollmentViewer> viewer, PageRequest page) {
    ListQuery<RefundRequest> query =
        ListQuery.of(RefundRequest.class, tenantId).orderBy("r.requestedAt desc, r.id");
    viewer
        .map(v -> ViewerCondition.of(v, "e"))
        .ifPresent(
            c ->
                query.where(
                    "exists (select e.id from Enrollment e where e.id = r.enrollmentId and ("
                        + c.jpql()
                        + "))",
                    c.parameters()));
    return query.page(em, page);
  }
}
