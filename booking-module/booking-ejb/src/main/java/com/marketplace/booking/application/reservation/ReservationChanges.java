package com.marketplace.booking.application.reservation;

import jakarta.validation.constraints.Size;

/** The fields of {@code PATCH /v1/reservations/:id}, as the spec lists them; null: unchanged. */
public record ReservationChanges(
    @Size(max = 64) String bookingStatus,
    @Size(max = 2048) String iCalExportUrl,
    @Size(max = 64) String disputeStatus,
    @Size(max = 2048) String iCalImportSource) {}
