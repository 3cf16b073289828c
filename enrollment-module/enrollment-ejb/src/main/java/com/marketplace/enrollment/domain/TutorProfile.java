package com.marketplace.enrollment.domain;

import com.marketplace.common.persistence.BaseRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A tutor as the enrollment rules need them: who they are and whether they may teach. */
@Entity
@Table(name = "tutor_profile", schema = "enrollment")
public class TutorProfile extends BaseRecord {

  @Column(name = "tutor_id", nullable = false, updatable = false)
  private UUID tutorId;

  @Column(name = "certifications")
  private String certifications;

  @Column(name = "bio")
  private String bio;

  @Column(name = "profile_photo")
  private String profilePhoto;

  @Convert(converter = TutorStatus.Column.class)
  @Column(name = "status", nullable = false)
  private TutorStatus status;

  /** For JPA. */
  protected TutorProfile() {}

  public TutorProfile(UUID id, UUID tenantId, UUID tutorId) {
    super(id, tenantId, tutorId);
    this.tutorId = tutorId;
    this.status = TutorStatus.ACTIVE;
  }

  /** Takes what the upstream service says of the tutor now. */
  public void describe(String certifications, String bio, String profilePhoto, TutorStatus status) {
    this.certifications = certifications;
    this.bio = bio;
    this.profilePhoto = profilePhoto;
    this.status = status;
  }

  public boolean mayTeach() {
    return isActive() && status() == TutorStatus.ACTIVE;
  }

  public UUID tutorId() {
    return tutorId;
  }

  public String certifications() {
    return certifications;
  }

  public String bio() {
    return bio;
  }

  public String profilePhoto() {
    return profilePhoto;
  }

  public TutorStatus status() {
    return status;
  }
}
