package com.marketplace.booking.application.listing;

import com.marketplace.booking.domain.UserProfile;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A user profile as the admin routes show it. */
public record UserProfileView(
    UUID id,
    UUID userId,
    String fullname,
    String email,
    String avatar,
    boolean isActive,
    int recordVersion,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    UUID _owner) {

  static UserProfileView of(UserProfile p) {
    return new UserProfileView(
        p.id(),
        p.userId(),
        p.fullname(),
        p.email(),
        p.avatar(),
        p.isActive(),
        p.recordVersion(),
        p.createdAt(),
        p.updatedAt(),
        p.ownerId());
  }
}
