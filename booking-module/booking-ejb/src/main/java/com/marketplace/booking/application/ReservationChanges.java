package com.marketplace.booking.application;

/** The fields of {@code PATCH /v1/reservations/:id}, as the spec lists them; null: unchanged. */
public record ReservationChanges(
    String bookingStatus, String iCalExportUrl, String disputeStatus, String iCalImportSource) {}
