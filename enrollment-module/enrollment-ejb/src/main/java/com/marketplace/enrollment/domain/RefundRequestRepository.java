package com.marketplace.enrollment.domain;

import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** Refund requests, one per enrollment at most (the database's unique key). */
public interface RefundRequestRepository {

  Optional<RefundRequest> find(UUID tenantId, UUID id);

  Optional<RefundRequest> ofEnrollment(UUID tenantId, UUID enrollmentId);

  /**
   * Records the request and writes it at once.
   *
   * @return false if the enrollment has a request already: a concurrent one won the unique key
   */
  boolean add(RefundRequest request);

  /** The requests of the enrollments {@code viewer} sees (all of the tenant when empty). */
  Page<RefundRequest> page(UUID tenantId, Optional<EnrollmentViewer> viewer, PageRequest page);

  /** Writes the transaction's pending changes now (see {@link EnrollmentRepository#flush}). */
  void flush();
}
