package com.marketplace.booking.application.listing;

import com.marketplace.booking.domain.BookingPolicy;
import com.marketplace.booking.domain.CancellationPolicy;
import com.marketplace.booking.domain.CancellationPolicy.RefundTier;
import com.marketplace.booking.domain.CityTaxRule;
import com.marketplace.booking.domain.Listing;
import com.marketplace.booking.domain.Tariff;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A listing's terms read from its JSON columns, and the snapshots a reservation keeps of them.
 *
 * <p>{@code booking_policy}: {@code {"minNights": 2, "maxNights": 30, "leadTimeDays": 1}} (missing:
 * 1, 365, 0). {@code cancellation_policy}: {@code {"preset": "flexible|moderate|strict"}} or {@code
 * {"tiers": [{"minDaysBefore": 7, "refundPercent": 100}, ...]}}. {@code city_tax_rule}: see {@link
 * CityTaxRule}.
 */
public record ListingTerms(
    BookingPolicy bookingPolicy,
    CancellationPolicy cancellationPolicy,
    Tariff tariff,
    ZoneId zone,
    int maxGuests) {

  // Json.createX() looks the provider up through ServiceLoader on every call, scanning the class
  // loaders' resources: 6.6 % of a request's CPU in the profile (docs/benchmark.md). Once is
  // enough.
  private static final JsonProvider JSON = JsonProvider.provider();

  public static ListingTerms of(Listing listing) {
    return new ListingTerms(
        bookingPolicy(listing.bookingPolicyJson()),
        cancellationPolicy(listing.cancellationPolicyJson()),
        new Tariff(
            listing.nightlyPriceMinor(),
            listing.cleaningFeeMinor(),
            listing.platformFeeRate(),
            cityTax(listing.cityTaxRuleJson()),
            listing.currency()),
        ZoneId.of(listing.timeZone()),
        listing.maxGuests());
  }

  public static BookingPolicy bookingPolicy(String json) {
    JsonObject o = object(json);
    if (o == null) {
      return BookingPolicy.DEFAULT;
    }
    return new BookingPolicy(
        o.getInt("minNights", BookingPolicy.DEFAULT.minNights()),
        o.getInt("maxNights", BookingPolicy.DEFAULT.maxNights()),
        o.getInt("leadTimeDays", BookingPolicy.DEFAULT.leadTimeDays()));
  }

  public static CancellationPolicy cancellationPolicy(String json) {
    JsonObject o = object(json);
    if (o == null || !o.containsKey("tiers")) {
      return CancellationPolicy.preset(o == null ? null : o.getString("preset", null));
    }
    List<RefundTier> tiers = new ArrayList<>();
    for (JsonValue tier : o.getJsonArray("tiers")) {
      JsonObject t = tier.asJsonObject();
      tiers.add(new RefundTier(t.getInt("minDaysBefore"), t.getInt("refundPercent")));
    }
    return new CancellationPolicy(o.getString("preset", "custom"), tiers);
  }

  static CityTaxRule cityTax(String json) {
    JsonObject o = object(json);
    if (o == null) {
      return CityTaxRule.NONE;
    }
    JsonNumber percent = o.getJsonNumber("percent");
    JsonNumber amount = o.getJsonNumber("amountMinor");
    return new CityTaxRule(
        o.getString("type", "none"),
        percent == null ? null : percent.bigDecimalValue(),
        amount == null ? null : amount.longValueExact());
  }

  /** What a reservation keeps of the booking rules it was made under. */
  public String bookingSnapshot(String approvalType) {
    return JSON.createObjectBuilder()
        .add("minNights", bookingPolicy.minNights())
        .add("maxNights", bookingPolicy.maxNights())
        .add("leadTimeDays", bookingPolicy.leadTimeDays())
        .add("maxGuests", maxGuests)
        .add("approvalType", approvalType)
        .add("timeZone", zone.getId())
        .build()
        .toString();
  }

  /** The cancellation tiers the reservation was booked under, resolved from any preset. */
  public String cancellationSnapshot() {
    JsonArrayBuilder tiers = JSON.createArrayBuilder();
    cancellationPolicy
        .tiers()
        .forEach(
            t ->
                tiers.add(
                    JSON.createObjectBuilder()
                        .add("minDaysBefore", t.minDaysBefore())
                        .add("refundPercent", t.refundPercent())));
    return JSON.createObjectBuilder()
        .add("preset", cancellationPolicy.preset())
        .add("tiers", tiers)
        .build()
        .toString();
  }

  private static JsonObject object(String json) {
    if (json == null || json.isBlank() || json.equals("null")) {
      return null;
    }
    try (var reader = JSON.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
