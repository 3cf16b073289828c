package com.marketplace.enrollment.domain;

import java.util.List;
import java.util.UUID;

/**
 * A caller who is not an admin, as far as seeing enrollments goes: they see the enrollments whose
 * student they are and those of the tutor profiles that are theirs.
 */
public record EnrollmentViewer(UUID userId, List<UUID> tutorProfileIds) {

  public EnrollmentViewer {
    tutorProfileIds = List.copyOf(tutorProfileIds);
  }

  public boolean sees(Enrollment enrollment) {
    return enrollment.studentId().equals(userId)
        || tutorProfileIds.contains(enrollment.tutorProfileId());
  }
}
