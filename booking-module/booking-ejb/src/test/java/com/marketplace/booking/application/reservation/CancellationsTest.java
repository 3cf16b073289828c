package com.marketplace.booking.application.reservation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.booking.application.Fakes;
import com.marketplace.booking.application.InMemory;
import com.marketplace.booking.application.listing.ListingTerms;
import com.marketplace.booking.domain.ApprovalType;
import com.marketplace.booking.domain.BookingStatus;
import com.marketplace.booking.domain.CalendarHold;
import com.marketplace.booking.domain.Listing;
import com.marketplace.booking.domain.PaymentConfirmation;
import com.marketplace.booking.domain.Reservation;
import com.marketplace.booking.domain.StayPeriod;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.security.Caller;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Cancelling a stay and the refund it earns (moderate: 100 % ≥ 5 days before, 50 % ≥ 1 day). */
class CancellationsTest {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

  private final InMemory.Holds holds = new InMemory.Holds();
  private final Fakes.RecordedRefunds refunds = new Fakes.RecordedRefunds();
  private final Fakes.Journal journal = new Fakes.Journal();
  private final Cancellations cancellations = new Cancellations();
  private final Listing listing = Fakes.listing(ApprovalType.INSTANT);
  private final Caller guest = Fakes.guest();

  CancellationsTest() {
    cancellations.holds = holds;
    cancellations.refunds = refunds;
    cancellations.journal = journal;
  }

  @Test
  void aGuestCancellingWellAheadGetsEverythingBack() {
    Reservation stay = paidStayIn(10);

    cancellations.cancel(guest, stay);

    assertThat(stay.bookingStatus(), is(BookingStatus.CANCELLED));
    assertThat(refunds.made, hasSize(1));
    assertThat(refunds.made.get(0).amount(), is(stay.total()));
    assertThat(journal.events, contains("reservation.cancelled"));
  }

  @Test
  void aGuestCancellingThreeDaysAheadGetsHalfBack() {
    Reservation stay = paidStayIn(3);

    cancellations.cancel(guest, stay);

    assertThat(refunds.made.get(0).amount().amountMinor(), is(stay.total().amountMinor() / 2));
  }

  @Test
  void theHostCancellingRefundsEverythingPaidWhateverTheDay() {
    Reservation stay = paidStayIn(0);

    cancellations.cancel(Fakes.user(listing.hostId()), stay);

    assertThat(refunds.made.get(0).amount(), is(stay.total()));
  }

  @Test
  void cancellingAnUnpaidStayFreesItsNightsAndRefundsNothing() {
    Reservation stay = stayIn(10);

    cancellations.cancel(guest, stay);

    assertThat(refunds.made, empty());
    assertThat(holds.ofReservation(stay.id()).get(0).isLive(), is(false));
  }

  @Test
  void aGuestCannotCancelOnceTheStayHasBegun() {
    Reservation stay = paidStayIn(-1);

    ApiException refused =
        assertThrows(ApiException.class, () -> cancellations.cancel(guest, stay));

    assertThat(refused.status(), is(409));
    assertThat(refused.messageKey(), is("errMsg_stayHasBegun"));
    assertThat(refunds.made, empty());
  }

  private Reservation paidStayIn(int days) {
    Reservation stay = stayIn(days);
    stay.paymentObserved(PaymentConfirmation.PAID, 0);
    return stay;
  }

  private Reservation stayIn(int days) {
    ListingTerms terms = ListingTerms.of(listing);
    StayPeriod period = new StayPeriod(TODAY.plusDays(days), TODAY.plusDays(days + 2));
    Reservation stay =
        new Reservation(
            Fakes.TENANT,
            guest.userId(),
            listing,
            period,
            2,
            terms.tariff().quote(period, 2),
            terms.bookingSnapshot("instant"),
            terms.cancellationSnapshot());
    holds.add(CalendarHold.forReservation(stay));
    holds.flush();
    return stay;
  }
}
