package com.marketplace.enrollment.application;

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
      UUID tutorId, String certifications, String bio, String profilePhoto, String status) {}

  public record CoursePackData(
      UUID tutorProfileId,
      String title,
      BigDecimal price,
      String currency,
      String category,
      String schedulingType,
      Boolean requiresPreliminaryMeeting,
      Boolean isActive) {}

  /** {@code status}: available, completed or canceled; booking a slot is this module's own. */
  public record LessonSlotData(
      UUID coursePackId,
      LocalDate scheduledDate,
      LocalTime scheduledTime,
      String timeZone,
      String status,
      String locationType,
      String locationDetails) {}

  public record UserProfileData(String fullname, String email, String avatar) {}

  public record ScreeningData(UUID coursePackId, UUID studentId, Boolean passed) {}
}
