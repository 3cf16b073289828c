package com.marketplace.it.booking;

import com.marketplace.it.support.Platform;
import com.marketplace.it.support.Tokens;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One tenant's booking world: an admin, a host with listings, and guests. Listings are upserted
 * through the admin route, as the listing service would.
 *
 * <p>Every listing here costs 100.00 EUR a night, 25.00 cleaning, a 10 % platform fee on both and a
 * city tax of 5 % of the nights: {@code total(n) = 115 n + 27.50}.
 */
final class BookingFixtures {

  final UUID tenant = UUID.randomUUID();
  final Tokens.User admin = Tokens.user(tenant, "admin");
  final Tokens.User host = Tokens.user(tenant, "host");

  static RequestSpecification as(Tokens.User user) {
    return Platform.as(user, "booking");
  }

  Tokens.User guest() {
    return Tokens.user(tenant, "guest");
  }

  static BigDecimal total(int nights) {
    return BigDecimal.valueOf(11_500L * nights + 2_750, 2);
  }

  Map<String, Object> listingBody(String timeZone, String approvalType, String preset) {
    Map<String, Object> body = new HashMap<>();
    body.put("hostId", host.id().toString());
    body.put("title", "Flat in " + timeZone);
    body.put("photos", List.of("https://img.example/1.jpg", "https://img.example/2.jpg"));
    body.put("mainPhoto", "https://img.example/1.jpg");
    body.put("address", "Somewhere 1");
    body.put("propertyType", "apartment");
    body.put("location", timeZone);
    body.put("timeZone", timeZone);
    body.put("nightlyPrice", 100.00);
    body.put("currency", "EUR");
    body.put("cleaningFee", 25.00);
    body.put("platformFeeRate", 0.10);
    body.put("cityTaxRule", Map.of("type", "percentOfNightly", "percent", 5));
    body.put("maxGuests", 3);
    body.put("approvalType", approvalType);
    body.put("bookingPolicy", Map.of("minNights", 1, "maxNights", 14, "leadTimeDays", 0));
    body.put("cancellationPolicy", Map.of("preset", preset));
    return body;
  }

  String listing(String timeZone, String approvalType, String preset) {
    String id = UUID.randomUUID().toString();
    as(admin)
        .body(listingBody(timeZone, approvalType, preset))
        .put("/v1/listings/" + id)
        .then()
        .statusCode(200);
    return id;
  }

  String instantListing() {
    return listing("Europe/Amsterdam", "instant", "moderate");
  }

  static LocalDate today(String timeZone) {
    return LocalDate.now(ZoneId.of(timeZone));
  }

  static Map<String, Object> stay(String listing, LocalDate checkIn, int nights) {
    return stay(listing, checkIn, nights, total(nights));
  }

  static Map<String, Object> stay(
      String listing, LocalDate checkIn, int nights, BigDecimal totalPrice) {
    Map<String, Object> body = new HashMap<>();
    body.put("listingId", listing);
    body.put("checkIn", checkIn.toString());
    body.put("checkOut", checkIn.plusDays(nights).toString());
    body.put("guestCount", 2);
    body.put("totalPrice", totalPrice);
    return body;
  }

  static Response book(Tokens.User guest, String listing, LocalDate checkIn, int nights) {
    return as(guest).body(stay(listing, checkIn, nights)).post("/v1/reservations");
  }

  static String booked(Tokens.User guest, String listing, LocalDate checkIn, int nights) {
    return book(guest, listing, checkIn, nights)
        .then()
        .statusCode(201)
        .extract()
        .path("reservation.id");
  }

  static Response pay(Tokens.User guest, String reservation) {
    return as(guest)
        .body(Map.of("paymentUserParams", Map.of("paymentMethodId", "pm_card_visa")))
        .patch("/v1/startreservationpayment/" + reservation);
  }
}
