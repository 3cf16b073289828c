package com.marketplace.enrollment.application.enrollment;

import com.marketplace.common.metrics.BusinessMetrics;
import com.marketplace.enrollment.application.InMemoryRepositories;
import com.marketplace.enrollment.domain.Enrollment;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The enrollment package's use cases wired to in-memory repositories, as the container would. */
public final class UseCases {

  private UseCases() {}

  public static Enrollments enrollments(
      InMemoryRepositories repositories, EnrollmentJournal journal) {
    Enrollments enrollments = new Enrollments();
    enrollments.enrollments = repositories.enrollments;
    enrollments.lessonSlots = repositories.lessonSlots;
    enrollments.coursePacks = repositories.coursePacks;
    enrollments.tutorProfiles = repositories.tutorProfiles;
    enrollments.screenings = repositories.screenings;
    enrollments.journal = journal;
    enrollments.metrics =
        new BusinessMetrics() {
          @Override
          public void enrollmentCreated() {}
        };
    return enrollments;
  }

  public static EnrollmentAccess access(InMemoryRepositories repositories) {
    EnrollmentAccess access = new EnrollmentAccess();
    access.enrollments = repositories.enrollments;
    access.tutorProfiles = repositories.tutorProfiles;
    return access;
  }

  /**
   * A cancellation that only notes which enrollments it was asked to end (payments is not here).
   */
  public static final class NotedCancellations extends EnrollmentCancellation {
    public final List<UUID> ended = new ArrayList<>();

    @Override
    public void cancel(Enrollment enrollment, String reason) {
      ended.add(enrollment.id());
    }
  }
}
