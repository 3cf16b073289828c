package com.marketplace.cluster.support;

import static com.marketplace.cluster.support.Api.put;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the tests book and enroll in, put in place through the admin routes. */
public final class Fixtures {

  private Fixtures() {}

  /**
   * An instant-booking listing: 100.00 EUR a night, 25.00 cleaning, a 10 % platform fee and a city
   * tax of 5 % of the nights, so that a stay of n nights costs {@code 115 n + 27.50}.
   */
  public static String listing(PayaraCluster.Instance node, Api.User admin, Api.User host)
      throws IOException, InterruptedException {
    Map<String, Object> body = new HashMap<>();
    body.put("hostId", host.id().toString());
    body.put("title", "Flat in Amsterdam");
    body.put("photos", List.of("https://img.example/1.jpg"));
    body.put("mainPhoto", "https://img.example/1.jpg");
    body.put("address", "Somewhere 1");
    body.put("propertyType", "apartment");
    body.put("location", "Europe/Amsterdam");
    body.put("timeZone", "Europe/Amsterdam");
    body.put("nightlyPrice", 100.00);
    body.put("currency", "EUR");
    body.put("cleaningFee", 25.00);
    body.put("platformFeeRate", 0.10);
    body.put("cityTaxRule", Map.of("type", "percentOfNightly", "percent", 5));
    body.put("maxGuests", 3);
    body.put("approvalType", "instant");
    body.put("bookingPolicy", Map.of("minNights", 1, "maxNights", 14, "leadTimeDays", 0));
    body.put("cancellationPolicy", Map.of("preset", "moderate"));
    String id = UUID.randomUUID().toString();
    expect(put(node, "/booking/v1/listings/" + id, admin, body), 200);
    return id;
  }

  public static Map<String, Object> stay(String listing, LocalDate checkIn, int nights) {
    Map<String, Object> body = new HashMap<>();
    body.put("listingId", listing);
    body.put("checkIn", checkIn.toString());
    body.put("checkOut", checkIn.plusDays(nights).toString());
    body.put("guestCount", 2);
    body.put("totalPrice", java.math.BigDecimal.valueOf(11_500L * nights + 2_750, 2));
    return body;
  }

  /** A course pack at 120 EUR with {@code lessons} weekly slots; its ids. */
  public record Course(UUID tutorProfileId, UUID packId, List<UUID> slots) {

    public Map<String, Object> enrollmentOf(UUID slot) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("coursePackId", packId.toString());
      body.put("tutorProfileId", tutorProfileId.toString());
      body.put("lessonSlotIds", List.of(slot.toString()));
      body.put("totalAmount", 120.0);
      body.put("currency", "EUR");
      body.put("refundStatus", "notRequested");
      return body;
    }
  }

  public static Course course(PayaraCluster.Instance node, Api.User admin, int lessons)
      throws IOException, InterruptedException {
    UUID profile = UUID.randomUUID();
    UUID pack = UUID.randomUUID();
    Api.User tutor = Api.User.of(admin.tenant(), "tutor");
    expect(
        put(
            node,
            "/enrollment/v1/admin/tutorprofiles/" + profile,
            admin,
            Map.of("tutorId", tutor.id().toString(), "bio", "Teaches English", "status", "active")),
        200);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("tutorProfileId", profile.toString());
    body.put("title", "English");
    body.put("price", 120.0);
    body.put("currency", "EUR");
    body.put("category", "languages");
    body.put("schedulingType", "fixed");
    body.put("requiresPreliminaryMeeting", false);
    expect(put(node, "/enrollment/v1/admin/coursepacks/" + pack, admin, body), 200);
    List<UUID> slots = new ArrayList<>();
    for (int i = 0; i < lessons; i++) {
      UUID slot = UUID.randomUUID();
      slots.add(slot);
      Map<String, Object> lesson = new LinkedHashMap<>();
      lesson.put("coursePackId", pack.toString());
      lesson.put("scheduledDate", LocalDate.now().plusDays(7 + 7L * i).toString());
      lesson.put("scheduledTime", "18:00");
      lesson.put("timeZone", "Europe/Berlin");
      lesson.put("status", "available");
      lesson.put("locationType", "online");
      lesson.put("locationDetails", "video call");
      expect(put(node, "/enrollment/v1/admin/lessonslots/" + slot, admin, lesson), 200);
    }
    return new Course(profile, pack, slots);
  }

  private static void expect(Api.Answer answer, int status) {
    if (answer.status() != status) {
      throw new IllegalStateException(
          "expected " + status + ", got " + answer.status() + ": " + answer.text());
    }
  }
}
