package com.marketplace.booking.api;

import com.marketplace.booking.api.spelling.BookingSpellings;
import com.marketplace.booking.application.listing.ListingView;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A listing as the spec shows it: its view, with approvalType spelled as the spec does (literal and
 * {@code _idx}).
 */
public record ListingJson(
    UUID id,
    UUID hostId,
    String title,
    Object photos,
    String mainPhoto,
    Object amenityIds,
    String address,
    String propertyType,
    String location,
    String timeZone,
    BigDecimal nightlyPrice,
    String currency,
    BigDecimal cleaningFee,
    BigDecimal platformFeeRate,
    Object cityTaxRule,
    int maxGuests,
    String approvalType,
    int approvalType_idx,
    Object bookingPolicy,
    Object cancellationPolicy,
    String iCalFeedUrl,
    boolean isActive,
    int recordVersion,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    UUID _owner) {

  static ListingJson of(ListingView v) {
    return new ListingJson(
        v.id(),
        v.hostId(),
        v.title(),
        v.photos(),
        v.mainPhoto(),
        v.amenityIds(),
        v.address(),
        v.propertyType(),
        v.location(),
        v.timeZone(),
        v.nightlyPrice(),
        v.currency(),
        v.cleaningFee(),
        v.platformFeeRate(),
        v.cityTaxRule(),
        v.maxGuests(),
        BookingSpellings.APPROVAL_TYPE.literal(v.approvalType()),
        BookingSpellings.APPROVAL_TYPE.idx(v.approvalType()),
        v.bookingPolicy(),
        v.cancellationPolicy(),
        v.iCalFeedUrl(),
        v.isActive(),
        v.recordVersion(),
        v.createdAt(),
        v.updatedAt(),
        v._owner());
  }
}
