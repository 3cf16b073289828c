package com.marketplace.booking.application.reservation;

import com.marketplace.booking.domain.BookingStatus;
import java.util.UUID;

/**
 * The filters of {@code GET /v1/reservations} (the status read by the API layer); null: not
 * filtered.
 */
public record ReservationFilter(
    UUID guestId, UUID hostId, BookingStatus bookingStatus, UUID listingId) {}
