package com.marketplace.booking.application.reservation;

import java.util.UUID;

/** The filters of {@code GET /v1/reservations}; null: not filtered. */
public record ReservationFilter(UUID guestId, UUID hostId, String bookingStatus, UUID listingId) {}
