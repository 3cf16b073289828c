package com.marketplace.booking.domain;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.common.error.DomainException;
import com.marketplace.common.error.DomainException.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReservationTest {

  private static final LocalDate CHECK_IN = LocalDate.of(2027, 5, 1);
  private final UUID guest = UUID.randomUUID();

  @Test
  void anInstantReservationIsConfirmedByItsPayment() {
    Reservation r = reservation(ApprovalType.INSTANT);
    assertThat(r.isPayable(), is(true));

    r.paymentObserved(PaymentConfirmation.PROCESSING, 0);
    assertThat(r.bookingStatus(), is(BookingStatus.PENDING));
    r.paymentObserved(PaymentConfirmation.PAID, 0);

    assertThat(r.bookingStatus(), is(BookingStatus.CONFIRMED));
    assertThat(r.paymentConfirmation(), is(PaymentConfirmation.PAID));
    assertThat(r.isPayable(), is(false));
  }

  @Test
  void theHostCannotConfirmAnInstantReservation() {
    Reservation r = reservation(ApprovalType.INSTANT);
    assertThat(conflict(r::confirmByHost), is(Kind.CONFLICT));
  }

  @Test
  void aManualReservationIsPayableOnlyOnceTheHostConfirmed() {
    Reservation r = reservation(ApprovalType.MANUAL);
    assertThat(r.isPayable(), is(false));

    r.confirmByHost();
    assertThat(r.isPayable(), is(true));
    r.paymentObserved(PaymentConfirmation.PAID, 0);

    assertThat(r.bookingStatus(), is(BookingStatus.CONFIRMED));
    assertThat(r.isPayable(), is(false));
  }

  @Test
  void aDeclinedReservationCannotBeConfirmedOrCancelled() {
    Reservation r = reservation(ApprovalType.MANUAL);
    r.decline();
    assertThat(r.holdsNights(), is(false));
    assertThat(conflict(r::confirmByHost), is(Kind.CONFLICT));
    assertThat(conflict(() -> r.cancel(guest)), is(Kind.CONFLICT));
  }

  @Test
  void cancellingDeactivatesAndCannotBeRepeated() {
    Reservation r = reservation(ApprovalType.INSTANT);
    r.cancel(guest);
    assertThat(r.bookingStatus(), is(BookingStatus.CANCELLED));
    assertThat(r.isActive(), is(false));
    assertThat(r.holdsNights(), is(false));
    assertThat(conflict(() -> r.cancel(guest)), is(Kind.CONFLICT));
  }

  @Test
  void aStayIsCompleteOnlyWhenPaidAndOver() {
    Reservation r = reservation(ApprovalType.MANUAL);
    r.confirmByHost();
    assertThat(conflict(() -> r.complete(CHECK_IN.plusDays(5))), is(Kind.CONFLICT)); // unpaid
    r.paymentObserved(PaymentConfirmation.PAID, 0);
    assertThat(conflict(() -> r.complete(CHECK_IN.plusDays(1))), is(Kind.CONFLICT)); // not over
    r.complete(CHECK_IN.plusDays(2));
    assertThat(r.bookingStatus(), is(BookingStatus.COMPLETE));
  }

  @Test
  void refundsAreTrackedAsTheHighestTotalReported() {
    Reservation r = reservation(ApprovalType.INSTANT);
    r.paymentObserved(PaymentConfirmation.PAID, 0);
    r.paymentObserved(PaymentConfirmation.PAID, 1_000);
    r.paymentObserved(PaymentConfirmation.PAID, 500); // a late, older report
    assertThat(r.refundedMinor(), is(1_000L));
    assertThat(r.refundableMinor(), is(r.total().amountMinor() - 1_000));
  }

  private Reservation reservation(ApprovalType type) {
    UUID tenant = UUID.randomUUID();
    Listing listing = new Listing(UUID.randomUUID(), tenant, UUID.randomUUID(), "token");
    listing.describe(
        new ListingData(
            listing.hostId(),
            "Flat",
            "[]",
            null,
            "[]",
            null,
            "apartment",
            null,
            "Europe/Amsterdam",
            10_000,
            "EUR",
            2_500,
            new BigDecimal("0.10"),
            null,
            3,
            type,
            "{}",
            "{}",
            true));
    StayPeriod stay = new StayPeriod(CHECK_IN, CHECK_IN.plusDays(2));
    PriceBreakdown price =
        new Tariff(10_000, 2_500, new BigDecimal("0.10"), CityTaxRule.NONE, "EUR").quote(stay, 2);
    return new Reservation(tenant, guest, listing, stay, 2, price, "{}", "{}");
  }

  private static Kind conflict(Runnable transition) {
    return assertThrows(DomainException.class, transition::run).kind();
  }
}
