package com.marketplace.enrollment.domain;

import java.util.Optional;
import java.util.UUID;

/** The screenings students took before a pack that requires one. */
public interface PreliminaryScreeningRepository {

  /** Whether the student has an active, passed screening for the pack. */
  boolean passed(UUID tenantId, UUID coursePackId, UUID studentId);

  Optional<PreliminaryScreening> find(UUID tenantId, UUID coursePackId, UUID studentId);

  void add(PreliminaryScreening screening);

  /** Writes the transaction's pending changes now (see {@link EnrollmentRepository#flush}). */
  void flush();
}
