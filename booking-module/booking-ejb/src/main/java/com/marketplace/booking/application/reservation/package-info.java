/**
 * Booking a stay, reading, changing and cancelling it (with its refund), and the scheduled jobs
 * that complete stays and expire unpaid or unanswered reservations.
 */
package com.marketplace.booking.application.reservation;
