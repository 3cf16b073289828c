package com.marketplace.booking.application.reservation;

import com.marketplace.booking.application.ClientWords;
import com.marketplace.booking.domain.BookingStatus;
import com.marketplace.booking.domain.DisputeStatus;
import com.marketplace.booking.domain.Listing;
import com.marketplace.booking.domain.PriceBreakdown;
import com.marketplace.common.api.ServerValues;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.money.Money;

/**
 * What a booking request may say about values the server decides: nothing different from the server
 * (422), so a client can never set the host, the status or the price it pays.
 */
final class BookingRequestRules {

  private BookingRequestRules() {}

  static void requireServerValues(NewReservation request, Listing listing, ClientWords words) {
    mustMatch("hostId", request.hostId(), listing.hostId());
    mustMatch("approvalType", request.approvalType(), words.word(listing.approvalType()));
    mustMatch("currency", request.currency(), listing.currency());
    mustMatch("bookingStatus", request.bookingStatus(), words.word(BookingStatus.PENDING));
    mustMatch("disputeStatus", request.disputeStatus(), words.word(DisputeStatus.NONE));
  }

  private static void mustMatch(String field, Object sent, Object server) {
    ServerValues.mustMatch(field, sent, server);
  }

  /** The client's totalPrice must be the server's to the minor unit: what they saw is charged. */
  static void requireSamePrice(NewReservation request, PriceBreakdown price) {
    Money sent;
    try {
      sent = Money.ofMajor(request.totalPrice(), price.currency());
    } catch (IllegalArgumentException e) {
      sent = null;
    }
    if (sent == null || sent.amountMinor() != price.totalMinor()) {
      throw ApiException.unprocessable(
          "errMsg_totalPriceMismatch",
          "totalPrice is "
              + price.total().toMajor()
              + " "
              + price.currency()
              + " ("
              + price.nights()
              + " nights, cleaning fee, platform fee, city tax), not "
              + request.totalPrice());
    }
  }
}
