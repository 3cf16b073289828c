package com.marketplace.booking.application.listing;

import com.marketplace.booking.application.JsonText;
import com.marketplace.booking.domain.ApprovalType;
import com.marketplace.booking.domain.Listing;
import com.marketplace.common.money.Money;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A listing as the admin routes show it, with the URL of its iCal export feed; its options are
 * enums, which the API layer spells (booking.api.ListingJson).
 */
public record ListingView(
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
    ApprovalType approvalType,
    Object bookingPolicy,
    Object cancellationPolicy,
    String iCalFeedUrl,
    boolean isActive,
    int recordVersion,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    UUID _owner) {

  static ListingView of(Listing l) {
    return new ListingView(
        l.id(),
        l.hostId(),
        l.title(),
        JsonText.parse(l.photosJson()),
        l.mainPhoto(),
        JsonText.parse(l.amenityIdsJson()),
        l.address(),
        l.propertyType(),
        l.location(),
        l.timeZone(),
        Money.ofMinor(l.nightlyPriceMinor(), l.currency()).toMajor(),
        l.currency(),
        Money.ofMinor(l.cleaningFeeMinor(), l.currency()).toMajor(),
        l.platformFeeRate(),
        JsonText.parse(l.cityTaxRuleJson()),
        l.maxGuests(),
        l.approvalType(),
        JsonText.parse(l.bookingPolicyJson()),
        JsonText.parse(l.cancellationPolicyJson()),
        "/booking/v1/listings/" + l.id() + "/calendar.ics?token=" + l.icalFeedToken(),
        l.isActive(),
        l.recordVersion(),
        l.createdAt(),
        l.updatedAt(),
        l.ownerId());
  }
}
