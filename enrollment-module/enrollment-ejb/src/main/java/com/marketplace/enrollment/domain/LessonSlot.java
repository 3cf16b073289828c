package com.marketplace.enrollment.domain;

import com.marketplace.common.persistence.BaseRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * One lesson of a course pack at a date and time in a time zone. Booking and freeing go through the
 * database's conditional updates ({@code LessonSlots}), never through this object, so that two
 * students can never hold one slot.
 */
@Entity
@Table(name = "lesson_slot", schema = "enrollment")
public class LessonSlot extends BaseRecord {

  @Column(name = "course_pack_id", nullable = false)
  private UUID coursePackId;

  @Column(name = "scheduled_date", nullable = false)
  private LocalDate scheduledDate;

  @Column(name = "scheduled_time", nullable = false)
  private LocalTime scheduledTime;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  @Convert(converter = SlotStatus.Column.class)
  @Column(name = "status", nullable = false)
  private SlotStatus status;

  @Convert(converter = LocationType.Column.class)
  @Column(name = "location_type")
  private LocationType locationType;

  @Column(name = "location_details")
  private String locationDetails;

  @Column(name = "held_by")
  private UUID heldBy;

  /** For JPA. */
  protected LessonSlot() {}

  public LessonSlot(UUID id, UUID tenantId, UUID ownerId) {
    super(id, tenantId, ownerId);
    this.status = SlotStatus.AVAILABLE;
  }

  /** Takes what the scheduling service says of the slot now (booking is ours, not theirs). */
  public void describe(
      UUID coursePackId,
      LocalDate scheduledDate,
      LocalTime scheduledTime,
      ZoneId timeZone,
      LocationType locationType,
      String locationDetails) {
    this.coursePackId = coursePackId;
    this.scheduledDate = scheduledDate;
    this.scheduledTime = scheduledTime;
    this.timeZone = timeZone.getId();
    this.locationType = locationType;
    this.locationDetails = locationDetails;
  }

  /** The lesson took place, or was canceled by the tutor; or (available) was reopened. */
  public void report(SlotStatus reported) {
    this.status = reported;
  }

  public ZonedDateTime startsAt() {
    return ZonedDateTime.of(scheduledDate, scheduledTime, ZoneId.of(timeZone));
  }

  public UUID coursePackId() {
    return coursePackId;
  }

  public LocalDate scheduledDate() {
    return scheduledDate;
  }

  public LocalTime scheduledTime() {
    return scheduledTime;
  }

  public String timeZone() {
    return timeZone;
  }

  public SlotStatus status() {
    return status;
  }

  public LocationType locationType() {
    return locationType;
  }

  public String locationDetails() {
    return locationDetails;
  }

  public UUID heldBy() {
    return heldBy;
  }
}
