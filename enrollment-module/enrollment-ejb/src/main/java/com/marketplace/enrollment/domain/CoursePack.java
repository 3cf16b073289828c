package com.marketplace.enrollment.domain;

import com.marketplace.common.money.Money;
import com.marketplace.common.persistence.BaseRecord;
import com.marketplace.common.persistence.StoredMoney;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A tutor's pack of lessons at one price, as the catalogue service describes it. */
@Entity
@Table(name = "course_pack", schema = "enrollment")
public class CoursePack extends BaseRecord {

  @Column(name = "tutor_profile_id", nullable = false)
  private UUID tutorProfileId;

  @Column(name = "title", nullable = false)
  private String title;

  @Embedded
  @AttributeOverride(name = "amountMinor", column = @Column(name = "price_minor", nullable = false))
  @AttributeOverride(name = "currency", column = @Column(name = "currency", nullable = false))
  private StoredMoney price;

  @Column(name = "category")
  private String category;

  @Convert(converter = SchedulingType.Column.class)
  @Column(name = "scheduling_type")
  private SchedulingType schedulingType;

  @Column(name = "requires_preliminary_meeting", nullable = false)
  private boolean requiresPreliminaryMeeting;

  /** For JPA. */
  protected CoursePack() {}

  public CoursePack(UUID id, UUID tenantId, UUID ownerId) {
    super(id, tenantId, ownerId);
  }

  /** Takes what the catalogue says of the pack now. */
  public void describe(
      UUID tutorProfileId,
      String title,
      Money price,
      String category,
      SchedulingType schedulingType,
      boolean requiresPreliminaryMeeting,
      boolean active) {
    this.tutorProfileId = tutorProfileId;
    this.title = title;
    this.price = StoredMoney.of(price);
    this.category = category;
    this.schedulingType = schedulingType;
    this.requiresPreliminaryMeeting = requiresPreliminaryMeeting;
    activate(active);
  }

  public Money price() {
    return price.money();
  }

  public UUID tutorProfileId() {
    return tutorProfileId;
  }

  public String title() {
    return title;
  }

  public String category() {
    return category;
  }

  public SchedulingType schedulingType() {
    return schedulingType;
  }

  public boolean requiresPreliminaryMeeting() {
    return requiresPreliminaryMeeting;
  }
}
