/**
 * The module's projection of upstream reference data: listings (with the terms a booking snapshots)
 * and user profiles.
 */
package com.marketplace.booking.application.listing;
