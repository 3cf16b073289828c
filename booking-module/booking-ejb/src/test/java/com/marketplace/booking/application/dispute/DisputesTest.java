package com.marketplace.booking.application.dispute;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.booking.api.spelling.BookingSpellings;
import com.marketplace.booking.application.Fakes;
import com.marketplace.booking.application.InMemory;
import com.marketplace.booking.application.listing.ListingTerms;
import com.marketplace.booking.domain.ApprovalType;
import com.marketplace.booking.domain.DisputeStatus;
import com.marketplace.booking.domain.Listing;
import com.marketplace.booking.domain.PaymentConfirmation;
import com.marketplace.booking.domain.Reservation;
import com.marketplace.booking.domain.ResolutionStatus;
import com.marketplace.booking.domain.StayPeriod;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.security.Caller;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A dispute from its opening to its settlement, and the reservation's disputeStatus following. */
class DisputesTest {

  private final InMemory.Reservations reservations = new InMemory.Reservations();
  private final InMemory.Disputes stored = new InMemory.Disputes();
  private final Fakes.RecordedRefunds refunds = new Fakes.RecordedRefunds();
  private final Disputes disputes = new Disputes();
  private final Listing listing = Fakes.listing(ApprovalType.INSTANT);
  private final Caller guest = Fakes.guest();
  private final Caller admin = Fakes.admin();
  private final Reservation stay = paidStay();

  DisputesTest() {
    disputes.reservations = reservations;
    disputes.disputes = stored;
    disputes.records = new InMemory.PaymentRecords();
    disputes.refunds = refunds;
    disputes.journal = new Fakes.Journal();
    disputes.words = new BookingSpellings();
  }

  @Test
  void aGuestOpensADisputeThatIsPendingAndMarksTheReservation() {
    DisputeView opened = open();

    assertThat(
        stored.find(opened.id()).orElseThrow().resolutionStatus(), is(ResolutionStatus.PENDING));
    assertThat(stay.disputeStatus(), is(DisputeStatus.REQUESTED));
  }

  @Test
  void aSecondUnsettledDisputeIsRefusedWithTheDatabasesVerdictAsA409() {
    open();

    ApiException refused = assertThrows(ApiException.class, this::open);

    assertThat(refused.status(), is(409));
    assertThat(refused.messageKey(), is("errMsg_disputeAlreadyOpen"));
  }

  @Test
  void anAdminReviewsThenResolvesWithAPartialRefund() {
    DisputeView opened = open();

    disputes.update(admin, opened.id(), change("reviewing", null, null));
    assertThat(stay.disputeStatus(), is(DisputeStatus.ACTIVE));
    disputes.update(admin, opened.id(), change("resolved", true, new BigDecimal("50.00")));

    assertThat(
        stored.find(opened.id()).orElseThrow().resolutionStatus(), is(ResolutionStatus.RESOLVED));
    assertThat(stored.find(opened.id()).orElseThrow().refundAmountMinor(), is(5_000L));
    assertThat(refunds.made, hasSize(1));
    assertThat(refunds.made.get(0).amount().amountMinor(), is(5_000L));
    assertThat(stay.disputeStatus(), is(DisputeStatus.RESOLVED));
  }

  @Test
  void aDisputeCannotGoBackToPending() {
    DisputeView opened = open();
    disputes.update(admin, opened.id(), change("reviewing", null, null));

    ApiException refused =
        assertThrows(
            ApiException.class,
            () -> disputes.update(admin, opened.id(), change("pending", null, null)));

    assertThat(refused.status(), is(409));
    assertThat(refused.messageKey(), is("errMsg_illegalDisputeTransition"));
  }

  @Test
  void theGuestWhoRaisedItCannotSettleIt() {
    DisputeView opened = open();

    ApiException refused =
        assertThrows(
            ApiException.class,
            () -> disputes.update(guest, opened.id(), change("resolved", true, null)));

    assertThat(refused.status(), is(403));
    assertThat(refunds.made, hasSize(0));
  }

  private DisputeView open() {
    return disputes.open(
        guest,
        new NewDispute(
            null, stay.id(), null, null, "cleanliness", "Not cleaned", null, null, null, null));
  }

  private static DisputeChanges change(String status, Boolean refund, BigDecimal amount) {
    return new DisputeChanges(null, null, null, status, null, refund, amount);
  }

  private Reservation paidStay() {
    ListingTerms terms = ListingTerms.of(listing);
    LocalDate checkIn = LocalDate.now().minusDays(3);
    StayPeriod period = new StayPeriod(checkIn, checkIn.plusDays(2));
    Reservation r =
        new Reservation(
            Fakes.TENANT,
            guest.userId(),
            listing,
            period,
            2,
            terms.tariff().quote(period, 2),
            terms.bookingSnapshot("instant"),
            terms.cancellationSnapshot());
    r.paymentObserved(PaymentConfirmation.PAID, 0);
    reservations.add(r);
    return r;
  }
}
