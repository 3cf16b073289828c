package com.marketplace.enrollment.application.reference;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import com.marketplace.enrollment.application.reference.ReferenceRecords.CoursePackData;
import com.marketplace.enrollment.application.reference.ReferenceRecords.LessonSlotData;
import com.marketplace.enrollment.application.reference.ReferenceRecords.ScreeningData;
import com.marketplace.enrollment.application.reference.ReferenceRecords.TutorProfileData;
import com.marketplace.enrollment.application.reference.ReferenceRecords.UserProfileData;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What an upsert must carry, and how long its texts may be: refused at the upsert, not on read. */
class ReferenceRecordsTest {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  @Test
  void minimalRecordsPass() {
    assertThat(
        VALIDATOR.validate(new TutorProfileData(UUID.randomUUID(), null, null, null, null)),
        empty());
    assertThat(VALIDATOR.validate(new UserProfileData(null, null, null)), empty());
    assertThat(
        VALIDATOR.validate(
            new CoursePackData(
                UUID.randomUUID(), "Piano", BigDecimal.TEN, "EUR", null, null, null, null)),
        empty());
  }

  @Test
  void requiredFieldsAreNamed() {
    assertThat(fields(new TutorProfileData(null, null, null, null, null)), contains("tutorId"));
    assertThat(
        fields(new CoursePackData(null, null, null, null, null, null, null, null)),
        contains("currency", "price", "title", "tutorProfileId"));
    assertThat(
        fields(new LessonSlotData(null, null, null, null, null, null, null)),
        contains("coursePackId", "scheduledDate", "scheduledTime", "timeZone"));
    assertThat(
        fields(new ScreeningData(null, null, null)),
        contains("coursePackId", "passed", "studentId"));
  }

  @Test
  void longTextsAreRefusedByField() {
    assertThat(
        fields(new UserProfileData("x".repeat(5_000_000), null, null)), contains("fullname"));
    assertThat(
        fields(new TutorProfileData(UUID.randomUUID(), null, "x".repeat(5001), null, null)),
        contains("bio"));
    assertThat(
        fields(
            new CoursePackData(
                UUID.randomUUID(), "x".repeat(201), BigDecimal.TEN, "EUR", null, null, null, null)),
        contains("title"));
  }

  private static List<String> fields(Object body) {
    return VALIDATOR.validate(body).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .sorted()
        .toList();
  }
}
