package com.marketplace.enrollment.application.enrollment;

import com.marketplace.common.error.ApiException;
import com.marketplace.common.security.Caller;
import com.marketplace.enrollment.domain.Enrollment;
import com.marketplace.enrollment.domain.EnrollmentRepository;
import com.marketplace.enrollment.domain.EnrollmentViewer;
import com.marketplace.enrollment.domain.TutorProfileRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * Who sees an enrollment: its student, the tutor of its course pack, an admin. Another user of the
 * tenant gets 403; another tenant's enrollment does not exist (404).
 */
@ApplicationScoped
public class EnrollmentAccess {

  @Inject EnrollmentRepository enrollments;
  @Inject TutorProfileRepository tutorProfiles;

  public Enrollment visible(Caller caller, UUID enrollmentId, boolean lock) {
    Enrollment enrollment =
        (lock
                ? enrollments.findLocked(caller.tenantId(), enrollmentId)
                : enrollments.find(caller.tenantId(), enrollmentId))
            .orElseThrow(() -> ApiException.notFound("enrollment", enrollmentId));
    if (!maySee(caller, enrollment)) {
      throw ApiException.forbidden("This enrollment is another student's or tutor's");
    }
    return enrollment;
  }

  public boolean maySee(Caller caller, Enrollment enrollment) {
    return caller.isAdmin()
        || enrollment.studentId().equals(caller.userId())
        || tutorProfiles
            .idsOfTutor(caller.tenantId(), caller.userId())
            .contains(enrollment.tutorProfileId());
  }

  /**
   * Who the caller is as a viewer of enrollments: their own and their courses'. Empty for an admin,
   * who sees the whole tenant.
   */
  public Optional<EnrollmentViewer> viewer(Caller caller) {
    if (caller.isAdmin()) {
      return Optional.empty();
    }
    return Optional.of(
        new EnrollmentViewer(
            caller.userId(), tutorProfiles.idsOfTutor(caller.tenantId(), caller.userId())));
  }
}
