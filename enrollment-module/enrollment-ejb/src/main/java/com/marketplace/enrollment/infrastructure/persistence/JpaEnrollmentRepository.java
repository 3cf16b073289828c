package com.marketplace.enrollment.infrastructure.persistence;

import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.persistence.BranchedListQuery;
import com.marketplace.common.persistence.ListQuery;
import com.marketplace.enrollment.domain.Enrollment;
import com.marketplace.enrollment.domain.EnrollmentFilter;
import com.marketplace.enrollment.domain.EnrollmentRepository;
import com.marketplace.enrollment.domain.EnrollmentStatus;
import com.marketplace.enrollment.domain.EnrollmentViewer;
import com.marketplace.enrollment.domain.PaymentConfirmation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaEnrollmentRepository extends JpaRecords<Enrollment>
    implements EnrollmentRepository {

  public JpaEnrollmentRepository() {
    super(Enrollment.class);
  }

  @Override
  public Map<UUID, Enrollment> byIds(UUID tenantId, Collection<UUID> ids) {
    return mapByIds(tenantId, ids);
  }

  @Override
  public Optional<Enrollment> findLocked(UUID tenantId, UUID id) {
    return find(tenantId, id, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public List<UUID> liveOfTutorProfile(UUID tenantId, UUID tutorProfileId) {
    return live(tenantId, "tutorProfileId", tutorProfileId);
  }

  @Override
  public List<UUID> liveOfCoursePack(UUID tenantId, UUID coursePackId) {
    return live(tenantId, "coursePackId", coursePackId);
  }

  /** Pending or active enrollments matching {@code field = value}, oldest first. */
  private List<UUID> live(UUID tenantId, String field, UUID value) {
    return em.createQuery(
            "select e.id from Enrollment e where e.tenantId = :tenant and e."
                + field
                + " = :value and e.enrollmentStatus in :live order by e.createdAt",
            UUID.class)
        .setParameter("tenant", tenantId)
        .setParameter("value", value)
        .setParameter("live", List.of(EnrollmentStatus.PENDING, EnrollmentStatus.ACTIVE))
        .getResultList();
  }

  @Override
  public List<Enrollment> stalePending(UUID tenantId, OffsetDateTime cutoff) {
    TypedQuery<Enrollment> query =
        em.createQuery(
                "select e from Enrollment e where e.enrollmentStatus = :pending"
                    + " and e.createdAt < :cutoff and e.paymentConfirmation <> :processing"
                    + (tenantId == null ? "" : " and e.tenantId = :tenant")
                    + " order by e.createdAt",
                Enrollment.class)
            .setParameter("pending", EnrollmentStatus.PENDING)
            .setParameter("cutoff", cutoff)
            .setParameter("processing", PaymentConfirmation.PROCESSING);
    if (tenantId != null) {
      query.setParameter("tenant", tenantId);
    }
    return query.getResultList();
  }

  @Override
  public Page<Enrollment> page(UUID tenantId, EnrollmentFilter filter, PageRequest page) {
    if (filter.viewer().isEmpty()) {
      return ListQuery.of(Enrollment.class, tenantId)
          .equal("tutorProfileId", filter.tutorProfileId())
          .equal("paymentConfirmation", filter.paymentConfirmation())
          .orderBy("r.createdAt desc, r.id")
          .page(em, page);
    }
    // the viewer's own enrollments, then those of each of their courses by someone else (V5)
    EnrollmentViewer viewer = filter.viewer().get();
    UUID me = viewer.userId();
    BranchedListQuery<Enrollment> query =
        BranchedListQuery.of(Enrollment.class, tenantId)
            .equal("tutor_profile_id", filter.tutorProfileId())
            .equal(
                "payment_confirmation",
                PaymentConfirmation.Column.word(filter.paymentConfirmation()))
            .branch("student_id = ?", me);
    for (UUID profile : viewer.tutorProfileIds()) {
      query.branch("tutor_profile_id = ? and student_id <> ?", profile, me);
    }
    return query.orderBy("created_at desc, id").page(em, page);
  }

  @Override
  public void add(Enrollment enrollment) {
    persist(enrollment);
  }
}
