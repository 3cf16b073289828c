package com.marketplace.booking.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** A listing as the upstream listing service describes it (JSON fields as JSON text). */
public record ListingData(
    UUID hostId,
    String title,
    String photosJson,
    String mainPhoto,
    String amenityIdsJson,
    String address,
    String propertyType,
    String location,
    String timeZone,
    long nightlyPriceMinor,
    String currency,
    long cleaningFeeMinor,
    BigDecimal platformFeeRate,
    String cityTaxRuleJson,
    int maxGuests,
    ApprovalType approvalType,
    String bookingPolicyJson,
    String cancellationPolicyJson,
    boolean active) {}
