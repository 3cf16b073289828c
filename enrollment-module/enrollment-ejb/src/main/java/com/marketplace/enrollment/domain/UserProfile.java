package com.marketplace.enrollment.domain;

import com.marketplace.common.persistence.BaseRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** What the enrollment module knows of a user (student, tutor or admin) to show alongside joins. */
@Entity
@Table(name = "user_profile", schema = "enrollment")
public class UserProfile extends BaseRecord {

  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Column(name = "fullname")
  private String fullname;

  @Column(name = "email")
  private String email;

  @Column(name = "avatar")
  private String avatar;

  /** For JPA. */
  protected UserProfile() {}

  public UserProfile(UUID tenantId, UUID userId, String fullname, String email) {
    super(UUID.randomUUID(), tenantId, userId);
    this.userId = userId;
    this.fullname = fullname;
    this.email = email;
  }

  /** Takes what the user service says of the user now. */
  public void describe(String fullname, String email, String avatar) {
    this.fullname = fullname;
    this.email = email;
    this.avatar = avatar;
  }

  public String avatar() {
    return avatar;
  }

  public UUID userId() {
    return userId;
  }

  public String fullname() {
    return fullname;
  }

  public String email() {
    return email;
  }
}
