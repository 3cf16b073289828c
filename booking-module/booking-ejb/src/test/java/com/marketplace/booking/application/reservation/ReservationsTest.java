package com.marketplace.booking.application.reservation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.booking.api.spelling.BookingSpellings;
import com.marketplace.booking.application.Fakes;
import com.marketplace.booking.application.InMemory;
import com.marketplace.booking.application.listing.ListingTerms;
import com.marketplace.booking.domain.ApprovalType;
import com.marketplace.booking.domain.BookingStatus;
import com.marketplace.booking.domain.Listing;
import com.marketplace.booking.domain.PriceBreakdown;
import com.marketplace.booking.domain.Reservation;
import com.marketplace.booking.domain.StayPeriod;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.security.Caller;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Booking a stay, against repositories in memory. */
class ReservationsTest {

  private static final LocalDate CHECK_IN =
      LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(30);

  private final InMemory.Reservations stored = new InMemory.Reservations();
  private final InMemory.Listings listings = new InMemory.Listings();
  private final InMemory.Holds holds = new InMemory.Holds();
  private final Fakes.Journal journal = new Fakes.Journal();
  private final Fakes.Metrics metrics = new Fakes.Metrics();
  private final Reservations reservations = reservations(3);

  @Test
  void aGuestBooksAStayAtThePriceTheServerComputed() {
    Listing listing = listed(ApprovalType.INSTANT);
    PriceBreakdown quote = quote(listing, CHECK_IN, CHECK_IN.plusDays(2), 2);

    ReservationView booked =
        reservations.create(Fakes.guest(), request(listing, CHECK_IN, 2, quote.total().toMajor()));

    Reservation reservation = stored.find(booked.id()).orElseThrow();
    assertThat(reservation.total(), is(quote.total()));
    // two nights at 100.00, the cleaning fee and the platform fee on top
    assertThat(quote.totalMinor() > 2 * 10_000 + 2_500, is(true));
    assertThat(reservation.hostId(), is(listing.hostId()));
    assertThat(holds.ofReservation(reservation.id()), hasSize(1));
    assertThat(journal.events, contains("reservation.created"));
  }

  @Test
  void aPriceOtherThanTheServersIsRefusedAndNothingIsHeld() {
    Listing listing = listed(ApprovalType.INSTANT);
    BigDecimal server = quote(listing, CHECK_IN, CHECK_IN.plusDays(2), 2).total().toMajor();

    ApiException refused =
        assertThrows(
            ApiException.class,
            () ->
                reservations.create(
                    Fakes.guest(), request(listing, CHECK_IN, 2, server.subtract(BigDecimal.ONE))));

    assertThat(refused.status(), is(422));
    assertThat(refused.messageKey(), is("errMsg_totalPriceMismatch"));
    assertThat(stored.rows.values(), empty());
    assertThat(holds.rows, empty());
    assertThat(metrics.refusals, contains("errMsg_totalPriceMismatch"));
  }

  @Test
  void anInstantStayCanBePaidAtOnce() {
    Reservation reservation = book(listed(ApprovalType.INSTANT), Fakes.guest(), CHECK_IN);

    assertThat(reservation.bookingStatus(), is(BookingStatus.PENDING));
    assertThat(reservation.isPayable(), is(true));
    assertThat(reservation.awaitsHost(), is(false));
  }

  @Test
  void aStayThatNeedsTheHostsApprovalCannotBePaidBeforeIt() {
    Reservation reservation = book(listed(ApprovalType.MANUAL), Fakes.guest(), CHECK_IN);

    assertThat(reservation.bookingStatus(), is(BookingStatus.PENDING));
    assertThat(reservation.awaitsHost(), is(true));
    assertThat(reservation.isPayable(), is(false));
  }

  @Test
  void nightsAnotherStayHoldsAreRefusedWithTheDatabasesVerdictAsA409() {
    Listing listing = listed(ApprovalType.INSTANT);
    book(listing, Fakes.guest(), CHECK_IN);

    ApiException refused =
        assertThrows(ApiException.class, () -> book(listing, Fakes.guest(), CHECK_IN.plusDays(1)));

    assertThat(refused.status(), is(409));
    assertThat(refused.messageKey(), is("errMsg_datesNotAvailable"));
    assertThat(metrics.refusals, contains("errMsg_datesNotAvailable"));
  }

  @Test
  void aStayMayBeginOnTheDayAnotherEnds() {
    Listing listing = listed(ApprovalType.INSTANT);
    book(listing, Fakes.guest(), CHECK_IN);

    book(listing, Fakes.guest(), CHECK_IN.plusDays(2));

    assertThat(holds.rows, hasSize(2));
  }

  @Test
  void aGuestKeepsNoMoreUnpaidHoldsThanAllowed() {
    Reservations onlyOne = reservations(1);
    Listing listing = listed(ApprovalType.INSTANT);
    Caller guest = Fakes.guest();
    book(onlyOne, listing, guest, CHECK_IN);

    ApiException refused =
        assertThrows(
            ApiException.class, () -> book(onlyOne, listing, guest, CHECK_IN.plusDays(10)));

    assertThat(refused.status(), is(429));
    assertThat(refused.messageKey(), is("errMsg_tooManyUnpaidReservations"));
  }

  @Test
  void aHostCannotBookTheirOwnListing() {
    Listing listing = listed(ApprovalType.INSTANT);

    ApiException refused =
        assertThrows(
            ApiException.class, () -> book(listing, Fakes.user(listing.hostId()), CHECK_IN));

    assertThat(refused.messageKey(), is("errMsg_ownListing"));
  }

  private Reservations reservations(int maxUnpaidHolds) {
    Reservations r = new Reservations();
    r.reservations = stored;
    r.listings = listings;
    r.holds = holds;
    r.journal = journal;
    r.words = new BookingSpellings();
    r.metrics = metrics;
    r.maxUnpaidHolds = maxUnpaidHolds;
    r.paymentWindowMinutes = 60;
    r.hostResponseMinutes = 1440;
    return r;
  }

  private Listing listed(ApprovalType approval) {
    Listing listing = Fakes.listing(approval);
    listings.add(listing);
    return listing;
  }

  private Reservation book(Listing listing, Caller guest, LocalDate checkIn) {
    return book(reservations, listing, guest, checkIn);
  }

  private Reservation book(Reservations use, Listing listing, Caller guest, LocalDate checkIn) {
    BigDecimal price = quote(listing, checkIn, checkIn.plusDays(2), 2).total().toMajor();
    ReservationView booked = use.create(guest, request(listing, checkIn, 2, price));
    return stored.find(booked.id()).orElseThrow();
  }

  private static PriceBreakdown quote(Listing listing, LocalDate in, LocalDate out, int guests) {
    return ListingTerms.of(listing).tariff().quote(new StayPeriod(in, out), guests);
  }

  private static NewReservation request(
      Listing listing, LocalDate checkIn, int guests, BigDecimal totalPrice) {
    return new NewReservation(
        listing.id(),
        checkIn,
        checkIn.plusDays(2),
        guests,
        totalPrice,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
