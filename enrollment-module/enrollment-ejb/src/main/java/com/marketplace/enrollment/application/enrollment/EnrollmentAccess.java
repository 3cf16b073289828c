package com.marketplace.enrollment.application.enrollment;

import com.marketplace.common.error.ApiException;
import com.marketplace.common.security.Caller;
import com.marketplace.enrollment.domain.Enrollment;
import com.marketplace.enrollment.infrastructure.EnrollmentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who sees an enrollment: its student, the tutor of its course pack, an admin. Another user of the
 * tenant gets 403; another tenant's enrollment does not exist (404).
 */
@ApplicationScoped
public class EnrollmentAccess {

  @Inject EnrollmentStore store;

  public Enrollment visible(Caller caller, UUID enrollmentId, boolean lock) {
    Enrollment enrollment =
        (lock
                ? store.lockedEnrollment(caller.tenantId(), enrollmentId)
                : store.enrollment(caller.tenantId(), enrollmentId))
            .orElseThrow(() -> ApiException.notFound("enrollment", enrollmentId));
    if (!maySee(caller, enrollment)) {
      throw ApiException.forbidden("This enrollment is another student's or tutor's");
    }
    return enrollment;
  }

  public boolean maySee(Caller caller, Enrollment enrollment) {
    return caller.isAdmin()
        || enrollment.studentId().equals(caller.userId())
        || store
            .tutorProfileIdsOf(caller.tenantId(), caller.userId())
            .contains(enrollment.tutorProfileId());
  }

  /**
   * The JPQL condition over an enrollment alias that keeps what the caller sees: their own
   * enrollments and their courses'. Empty for an admin, who sees the whole tenant.
   */
  public Optional<Condition> condition(Caller caller, String alias) {
    if (caller.isAdmin()) {
      return Optional.empty();
    }
    List<UUID> tutoring = store.tutorProfileIdsOf(caller.tenantId(), caller.userId());
    String own = alias + ".studentId = :me";
    return Optional.of(
        tutoring.isEmpty()
            ? new Condition(own, Map.of("me", caller.userId()))
            : new Condition(
                own + " or " + alias + ".tutorProfileId in :tutoring",
                Map.of("me", caller.userId(), "tutoring", tutoring)));
  }

  /** A JPQL condition with its named parameters. */
  public record Condition(String jpql, Map<String, Object> parameters) {}
}
