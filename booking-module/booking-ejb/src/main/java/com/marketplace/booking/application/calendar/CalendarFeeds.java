package com.marketplace.booking.application.calendar;

import com.marketplace.booking.application.ReservationAccess;
import com.marketplace.booking.domain.BookingStatus;
import com.marketplace.booking.domain.CalendarHoldRepository;
import com.marketplace.booking.domain.Listing;
import com.marketplace.booking.domain.ListingRepository;
import com.marketplace.booking.domain.Reservation;
import com.marketplace.booking.domain.ReservationRepository;
import com.marketplace.booking.infrastructure.ical.IcalCodec;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Calendars the module publishes: a listing's busy nights as a feed calendar clients poll (behind
 * the listing's secret feed token, since they cannot send our access tokens), and one reservation
 * as a .ics file for its guest, host or an admin. The feed says only "Reserved" or "Blocked": no
 * guest's name or contact leaves through it.
 */
@Stateless
public class CalendarFeeds {

  @Inject ListingRepository listings;
  @Inject ReservationRepository reservations;
  @Inject CalendarHoldRepository holds;

  /** The listing's live holds from yesterday on; a wrong token looks like a missing listing. */
  public String listingFeed(UUID listingId, String token) {
    Listing listing = listings.find(listingId).orElse(null);
    if (listing == null || token == null || !sameSecret(listing.icalFeedToken(), token)) {
      throw ApiException.notFound("listing", listingId);
    }
    List<IcalCodec.Entry> entries =
        holds
            .liveOfListingFrom(listing.tenantId(), listingId, LocalDate.now().minusDays(1))
            .stream()
            .map(
                h ->
                    new IcalCodec.Entry(
                        (h.reservationId() != null ? h.reservationId() : h.id())
                            + "@booking.marketplace",
                        h.nights(),
                        h.reservationId() != null ? "Reserved" : "Blocked",
                        null))
            .toList();
    return IcalCodec.write(listing.title(), entries);
  }

  /**
   * The path of {@link #reservation}'s route, which a new reservation stores as its {@code
   * iCalExportUrl}: a route is the API's business, not the reservation's.
   */
  public static String exportPath(UUID reservationId) {
    return "/booking/v1/reservations/" + reservationId + "/ical";
  }

  /** {@code GET /v1/reservations/:id/ical}, the reservation's {@code iCalExportUrl}. */
  public String reservation(Caller caller, UUID reservationId) {
    Reservation r = ReservationAccess.visible(reservations, caller, reservationId);
    Listing listing = listings.find(r.listingId()).orElse(null);
    String title = listing == null ? "Stay" : "Stay at " + listing.title();
    return IcalCodec.write(
        title,
        List.of(
            new IcalCodec.Entry(
                r.id() + "@booking.marketplace",
                r.stay(),
                title + " (" + BookingStatus.Column.word(r.bookingStatus()) + ")",
                listing == null ? null : listing.address())));
  }

  private static boolean sameSecret(String expected, String given) {
    return expected != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
