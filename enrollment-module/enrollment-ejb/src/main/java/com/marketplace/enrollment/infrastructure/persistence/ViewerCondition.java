package com.marketplace.enrollment.infrastructure.persistence;

import com.marketplace.enrollment.domain.EnrollmentViewer;
import java.util.Map;

/**
 * The JPQL condition over an enrollment alias that keeps what a viewer sees: their own enrollments
 * and their courses'.
 */
record ViewerCondition(String jpql, Map<String, Object> parameters) {

  static ViewerCondition of(EnrollmentViewer viewer, String alias) {
    String own = alias + ".studentId = :me";
    return viewer.tutorProfileIds().isEmpty()
        ? new ViewerCondition(own, Map.of("me", viewer.userId()))
        : new ViewerCondition(
            own + " or " + alias + ".tutorProfileId in :tutoring",
            Map.of("me", viewer.userId(), "tutoring", viewer.tutorProfileIds()));
  }
}
