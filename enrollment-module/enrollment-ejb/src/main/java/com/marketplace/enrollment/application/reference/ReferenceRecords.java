package com.marketplace.enrollment.application.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * What upstream services (through the admin routes or the JMS queue) say of the reference data the
 * enrollment rules need. Each is a full description: an upsert replaces what was known.
 */
public final class ReferenceRecords {

  private ReferenceRecords() {}

  public record TutorProfileData(
      @NotNull UUID tutorId,
      @Size(max = 5000) String certifications,
      @Size(max = 5000) String bio,
      @Size(max = 2048) String profilePhoto,
      @Size(max = 64) String status) {}

  public record CoursePackData(
      @NotNull UUID tutorProfileId,
      @NotNull @Size(max = 200) String title,
      @NotNull BigDecimal price,
      @NotBlank @Size(max = 3) String currency,
      @Size(max = 200) String category,
      @Size(max = 64) String schedulingType,
      Boolean requiresPreliminaryMeeting,
      Boolean isActive) {}

  /** {@code status}: available, completed or canceled; booking a slot is this module's own. */
  public record LessonSlotData(
      @NotNull UUID coursePackId,
      @NotNull LocalDate scheduledDate,
      @NotNull LocalTime scheduledTime,
      @NotNull @Size(max = 64) String timeZone,
      @Size(max = 64) String status,
      @Size(max = 64) String locationType,
      @Size(max = 5000) String locationDetails) {}

  public record UserProfileData(
      @Size(max = 200) String fullname,
      @Size(max = 320) String email,
      @Size(max = 2048) String avatar) {}

  public record ScreeningData(
      @NotNull UUID coursePackId, @NotNull UUID studentId, @NotNull Boolean passed) {}
}
