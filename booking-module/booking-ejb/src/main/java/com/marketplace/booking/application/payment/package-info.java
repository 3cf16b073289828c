/**
 * Paying for a reservation through the payments module (reservations as its order type) and the
 * reservation's payment records.
 */
package com.marketplace.booking.application.payment;
