package com.marketplace.booking.application.dispute;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A guest's or host's complaint. {@code raisedBy} is the caller (another value is refused); {@code
 * resolutionStatus} can only be {@code pending}; {@code adminId}, {@code resolvedAt}, {@code
 * relatedPaymentId} and {@code refundApproved: true} are for the admin's later decision and refused
 * here. {@code reportedAt} is the server's time.
 */
public record NewDispute(
    OffsetDateTime reportedAt,
    @NotNull UUID reservationId,
    UUID raisedBy,
    UUID adminId,
    @NotBlank @Size(max = 200) String issueType,
    @NotBlank @Size(max = 5000) String description,
    UUID relatedPaymentId,
    @Size(max = 64) String resolutionStatus,
    OffsetDateTime resolvedAt,
    Boolean refundApproved) {}
