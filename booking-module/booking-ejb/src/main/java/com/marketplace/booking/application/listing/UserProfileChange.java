package com.marketplace.booking.application.listing;

import jakarta.validation.constraints.Size;

/** A user as the user service describes them (admin route or reference-data queue). */
public record UserProfileChange(
    @Size(max = 200) String fullname,
    @Size(max = 320) String email,
    @Size(max = 2048) String avatar) {}
