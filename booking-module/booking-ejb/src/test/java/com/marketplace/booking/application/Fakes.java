package com.marketplace.booking.application;

import com.marketplace.booking.domain.ApprovalType;
import com.marketplace.booking.domain.Listing;
import com.marketplace.booking.domain.ListingData;
import com.marketplace.common.metrics.BusinessMetrics;
import com.marketplace.common.money.Money;
import com.marketplace.common.security.Caller;
import com.marketplace.payments.application.Refunds;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Collaborators of the use cases outside booking's repositories, as plain objects for tests. */
public final class Fakes {

  private Fakes() {}

  public static final UUID TENANT = UUID.randomUUID();

  public static Caller guest() {
    return new Caller(UUID.randomUUID(), TENANT, Set.of("guest"), null, null, null, null);
  }

  public static Caller user(UUID userId) {
    return new Caller(userId, TENANT, Set.of("guest"), null, null, null, null);
  }

  public static Caller admin() {
    return new Caller(UUID.randomUUID(), TENANT, Set.of(Caller.ADMIN), null, null, null, null);
  }

  /**
   * A listing in Amsterdam at 100.00 EUR a night, 25.00 cleaning, 10 % platform fee, at most 3
   * guests, the default booking rules and the moderate cancellation preset.
   */
  public static Listing listing(ApprovalType approval) {
    Listing listing = new Listing(UUID.randomUUID(), TENANT, UUID.randomUUID(), "feed-token");
    listing.describe(
        new ListingData(
            listing.hostId(),
            "Canal flat",
            "[]",
            null,
            "[]",
            "Prinsengracht 1",
            "apartment",
            null,
            "Europe/Amsterdam",
            10_000,
            "EUR",
            2_500,
            new BigDecimal("0.10"),
            null,
            3,
            approval,
            "{}",
            "{\"preset\":\"moderate\"}",
            true));
    return listing;
  }

  /** The journal's entries, by event type, instead of the audit trail and the outbox. */
  public static class Journal extends BookingJournal {

    public final List<String> events = new ArrayList<>();

    @Override
    public void record(
        String eventType,
        UUID tenantId,
        String objectType,
        UUID objectId,
        Map<String, Object> before,
        Map<String, Object> after) {
      events.add(eventType);
    }
  }

  /** The refunds asked of payments. */
  public static class RecordedRefunds implements Refunds {

    public record Refund(UUID orderId, Money amount, String reason) {}

    public final List<Refund> made = new ArrayList<>();

    @Override
    public String refund(
        UUID tenantId, UUID actorId, String orderType, UUID orderId, Money amount, String reason) {
      made.add(new Refund(orderId, amount, reason));
      return "re_test";
    }
  }

  /** Booking counters that count nothing. */
  public static class Metrics extends BusinessMetrics {

    public final List<String> refusals = new ArrayList<>();

    @Override
    public void bookingCreated() {}

    @Override
    public void bookingRefused(String reason) {
      refusals.add(reason);
    }
  }
}
