package com.marketplace.booking.domain;

import com.marketplace.common.persistence.BaseRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * What the booking module knows of a user (guest, host, admin), for the {@code hostDetails} join.
 */
@Entity
@Table(name = "user_profile", schema = "booking")
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

  public UserProfile(UUID tenantId, UUID userId) {
    super(UUID.randomUUID(), tenantId, userId);
    this.userId = userId;
  }

  public void describe(String fullname, String email, String avatar) {
    this.fullname = fullname;
    this.email = email;
    this.avatar = avatar;
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

  public String avatar() {
    return avatar;
  }
}
