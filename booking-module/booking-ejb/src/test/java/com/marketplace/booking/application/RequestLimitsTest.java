package com.marketplace.booking.application;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import com.marketplace.booking.application.dispute.DisputeChanges;
import com.marketplace.booking.application.dispute.NewDispute;
import com.marketplace.booking.application.listing.ListingUpsert;
import com.marketplace.booking.application.listing.UserProfileChange;
import com.marketplace.booking.application.payment.NewPaymentRecord;
import com.marketplace.booking.application.reservation.NewReservation;
import com.marketplace.booking.application.reservation.ReservationChanges;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The string maxima of the module's request bodies (a 5 MB name is refused, not stored). */
class RequestLimitsTest {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  @Test
  void aListingWithSensibleFieldsPasses() {
    assertThat(
        VALIDATOR.validate(listing("Flat", "apartment", List.of("https://img/1.jpg"))), empty());
  }

  @Test
  void aListingsLongTitleTypeOrPhotoIsRefusedByField() {
    assertThat(fields(listing("x".repeat(201), "apartment", List.of())), contains("title"));
    assertThat(fields(listing("Flat", "x".repeat(65), List.of())), contains("propertyType"));
    assertThat(
        fields(listing("Flat", null, List.of("https://img/" + "x".repeat(2048)))),
        contains("photos[0].<list element>"));
  }

  @Test
  void profileAndDisputeTextsHaveMaxima() {
    assertThat(
        fields(new UserProfileChange("x".repeat(5_000_000), "a@b.c", null)), contains("fullname"));
    assertThat(
        fields(
            new NewDispute(
                null,
                UUID.randomUUID(),
                null,
                null,
                "noise",
                "x".repeat(5001),
                null,
                null,
                null,
                null)),
        contains("description"));
    assertThat(
        fields(new DisputeChanges(null, "x".repeat(201), null, null, null, null, null)),
        contains("issueType"));
  }

  @Test
  void reservationFieldsHaveMaxima() {
    NewReservation tooLong =
        new NewReservation(
            UUID.randomUUID(),
            LocalDate.of(2027, 5, 1),
            LocalDate.of(2027, 5, 3),
            2,
            BigDecimal.TEN,
            null,
            null,
            null,
            null,
            null,
            "https://" + "x".repeat(2048),
            null,
            null,
            null);
    assertThat(fields(tooLong), contains("iCalImportSource"));
    assertThat(
        fields(new ReservationChanges("x".repeat(65), null, null, null)), hasItem("bookingStatus"));
    assertThat(
        fields(
            new NewPaymentRecord(
                UUID.randomUUID(),
                null,
                null,
                "pi_" + "x".repeat(300),
                "EUR",
                null,
                null,
                BigDecimal.ONE,
                "succeeded",
                null,
                null)),
        contains("paymentIntentId"));
  }

  @Test
  void missingRequiredListingFieldsAreNamed() {
    ListingUpsert empty =
        new ListingUpsert(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null);
    assertThat(
        fields(empty),
        is(
            List.of(
                "approvalType",
                "currency",
                "hostId",
                "maxGuests",
                "nightlyPrice",
                "timeZone",
                "title")));
  }

  private static ListingUpsert listing(String title, String propertyType, List<String> photos) {
    return new ListingUpsert(
        UUID.randomUUID(),
        title,
        photos,
        null,
        null,
        null,
        propertyType,
        null,
        "Europe/Amsterdam",
        BigDecimal.valueOf(100),
        "EUR",
        null,
        null,
        Map.of(),
        2,
        "instant",
        null,
        null,
        null);
  }

  private static List<String> fields(Object body) {
    return VALIDATOR.validate(body).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .sorted()
        .toList();
  }
}
