package com.marketplace.enrollment.application.enrollment;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.common.error.ApiException;
import com.marketplace.enrollment.application.Catalogue;
import com.marketplace.enrollment.application.InMemoryRepositories;
import com.marketplace.enrollment.application.RecordingJournal;
import com.marketplace.enrollment.domain.EnrollmentStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Enrolling into a course pack's lesson slots, against in-memory repositories. */
class EnrollmentsTest {

  private final InMemoryRepositories repositories = new InMemoryRepositories();
  private final Catalogue catalogue = new Catalogue(repositories, 2);
  private final RecordingJournal journal = new RecordingJournal();
  private final Enrollments enrollments = UseCases.enrollments(repositories, journal);

  /**
   * As JSON-B reads a request body: a mutable list (the use case asks it whether it holds null).
   */
  private NewEnrollment into(List<UUID> slots) {
    return new NewEnrollment(
        catalogue.pack.id(),
        catalogue.tutor.id(),
        new ArrayList<>(slots),
        new BigDecimal("90.00"),
        "EUR");
  }

  @Test
  void aStudentEnrollingIntoFreeSlotsHoldsThemForTheNewPendingEnrollment() {
    EnrollmentView view = enrollments.enroll(Catalogue.student(), into(catalogue.lessonIds()));

    assertThat(view.enrollmentStatus(), equalTo(EnrollmentStatus.PENDING));
    assertThat(repositories.lessonSlots.heldBy.get(catalogue.lessons.get(0).id()), is(view.id()));
    assertThat(repositories.lessonSlots.heldBy.get(catalogue.lessons.get(1).id()), is(view.id()));
    assertThat(journal.events, contains("enrollment.created"));
  }

  @Test
  void aStudentEnrollingIntoASlotAnotherStudentTookIsRefusedWith409() {
    UUID first = enrollments.enroll(Catalogue.student(), into(catalogue.lessonIds())).id();

    ApiException refused =
        assertThrows(
            ApiException.class,
            () ->
                enrollments.enroll(
                    Catalogue.student(), into(List.of(catalogue.lessons.get(1).id()))));

    assertThat(refused.status(), is(409));
    assertThat(refused.messageKey(), equalTo("errMsg_lessonSlotUnavailable"));
    assertThat(repositories.lessonSlots.heldBy.get(catalogue.lessons.get(1).id()), is(first));
    assertThat(journal.events, contains("enrollment.created"));
  }

  @Test
  void aSlotOfAnotherPackIsRefusedBeforeAnythingIsHeld() {
    Catalogue otherPack = new Catalogue(repositories, 1);

    ApiException refused =
        assertThrows(
            ApiException.class,
            () -> enrollments.enroll(Catalogue.student(), into(otherPack.lessonIds())));

    assertThat(refused.messageKey(), equalTo("errMsg_lessonSlotNotInPack"));
    assertThat(repositories.lessonSlots.heldBy.isEmpty(), is(true));
  }
}
