package com.marketplace.booking.application.dispute;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code PATCH /v1/disputes/:id}: the spec's fields, plus {@code refundAmount} (major units; not in
 * the spec) for a partial refund when {@code refundApproved} is true; without it the whole amount
 * still refundable is refunded. {@code resolvedAt} is the server's and refused here.
 */
public record DisputeChanges(
    UUID adminId,
    @Size(max = 200) String issueType,
    @Size(max = 5000) String description,
    @Size(max = 64) String resolutionStatus,
    OffsetDateTime resolvedAt,
    Boolean refundApproved,
    BigDecimal refundAmount) {}
