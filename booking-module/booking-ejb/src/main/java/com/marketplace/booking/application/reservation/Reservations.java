package com.marketplace.booking.application.reservation;

import com.marketplace.booking.application.BookingJournal;
import com.marketplace.booking.application.ClientWords;
import com.marketplace.booking.application.ReservationAccess;
import com.marketplace.booking.application.calendar.CalendarFeeds;
import com.marketplace.booking.application.calendar.Holds;
import com.marketplace.booking.application.calendar.ImportUrls;
import com.marketplace.booking.application.listing.ListingTerms;
import com.marketplace.booking.domain.BookingStatus;
import com.marketplace.booking.domain.CalendarHold;
import com.marketplace.booking.domain.CalendarHoldRepository;
import com.marketplace.booking.domain.DisputeStatus;
import com.marketplace.booking.domain.Listing;
import com.marketplace.booking.domain.ListingRepository;
import com.marketplace.booking.domain.PriceBreakdown;
import com.marketplace.booking.domain.Reservation;
import com.marketplace.booking.domain.ReservationRepository;
import com.marketplace.booking.domain.StayPeriod;
import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.error.DomainException;
import com.marketplace.common.metrics.BusinessMetrics;
import com.marketplace.common.security.Caller;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reservation use cases: book, read, list, change and cancel. A guest sees their own reservations,
 * a host those of their listings, an admin all of the tenant's.
 */
@Stateless
public class Reservations {

  public static final String OBJECT_TYPE = "reservation";

  @Inject ReservationRepository reservations;
  @Inject ListingRepository listings;
  @Inject CalendarHoldRepository holds;
  @Inject ReservationQueries queries;

  @Inject BookingJournal journal;
  @Inject ClientWords words;
  @EJB Cancellations cancellations;
  @Inject BusinessMetrics metrics;

  @Inject
  @ConfigProperty(name = "BOOKING_MAX_UNPAID_HOLDS", defaultValue = "3")
  int maxUnpaidHolds;

  @Inject
  @ConfigProperty(name = "BOOKING_PAYMENT_WINDOW_MINUTES", defaultValue = "60")
  long paymentWindowMinutes;

  @Inject
  @ConfigProperty(name = "BOOKING_HOST_RESPONSE_MINUTES", defaultValue = "1440")
  long hostResponseMinutes;

  /**
   * A guest books a stay; the nights are held by the database's exclusion constraint, and the guest
   * may keep only so many unpaid holds ({@link UnpaidHoldLimit}).
   */
  public ReservationView create(Caller guest, NewReservation request) {
    try {
      ReservationView created = book(guest, request);
      metrics.bookingCreated();
      return created;
    } catch (ApiException refused) {
      metrics.bookingRefused(refused.messageKey());
      throw refused;
    } catch (DomainException refused) {
      metrics.bookingRefused(refused.code());
      throw refused;
    }
  }

  private ReservationView book(Caller guest, NewReservation request) {
    Listing listing = bookableListing(guest.tenantId(), request.listingId());
    ListingTerms terms = ListingTerms.of(listing);
    StayPeriod stay = new StayPeriod(request.checkIn(), request.checkOut());
    terms.bookingPolicy().check(stay, LocalDate.now(terms.zone()));
    if (request.guestCount() > terms.maxGuests()) {
      throw ApiException.unprocessable(
          "errMsg_tooManyGuests", "This listing takes at most " + terms.maxGuests() + " guests");
    }
    if (listing.hostId().equals(guest.userId())) {
      throw ApiException.unprocessable("errMsg_ownListing", "A host cannot book their own listing");
    }
    BookingRequestRules.requireServerValues(request, listing, words);
    PriceBreakdown price = terms.tariff().quote(stay, request.guestCount());
    BookingRequestRules.requireSamePrice(request, price);
    new UnpaidHoldLimit(
            reservations,
            new UnpaidHoldLimit.Settings(
                maxUnpaidHolds,
                Duration.ofMinutes(paymentWindowMinutes),
                Duration.ofMinutes(hostResponseMinutes)))
        .requireRoomFor(guest.tenantId(), guest.userId(), OffsetDateTime.now(ZoneOffset.UTC));
    Reservation reservation =
        new Reservation(
            guest.tenantId(),
            guest.userId(),
            listing,
            stay,
            request.guestCount(),
            price,
            terms.bookingSnapshot(words.word(listing.approvalType())),
            terms.cancellationSnapshot());
    reservation.changeExportUrl(CalendarFeeds.exportPath(reservation.id()));
    if (request.iCalImportSource() != null) {
      reservation.changeImportSource(ImportUrls.require(request.iCalImportSource()));
    }
    reservations.add(reservation);
    holds.add(CalendarHold.forReservation(reservation));
    Holds.flush(holds);
    journal.record(
        "reservation.created",
        reservation.tenantId(),
        OBJECT_TYPE,
        reservation.id(),
        null,
        ReservationState.of(reservation));
    return ReservationView.of(reservation);
  }

  public ReservationView get(Caller caller, UUID id) {
    return ReservationView.of(visible(caller, id));
  }

  /** The listing and host of a reservation the caller may see. */
  public ReservationJoins joins(Caller caller, UUID id) {
    Reservation reservation = visible(caller, id);
    ReservationView view = ReservationView.of(reservation);
    return queries.joins(reservation.tenantId(), List.of(view)).get(view.id());
  }

  public Page<ReservationView> list(Caller caller, ReservationFilter filter, PageRequest page) {
    return queries.list(caller, filter, page).map(ReservationView::of);
  }

  /** The joins of the rows of a page, in the same order. */
  public Map<UUID, ReservationJoins> joins(Caller caller, Page<ReservationView> page) {
    return queries.joins(caller.tenantId(), page.rows());
  }

  /** {@code PATCH /v1/reservations/:id}: the spec's four fields, each under its own rule. */
  public ReservationView update(Caller caller, UUID id, ReservationChanges changes) {
    Reservation reservation = visible(caller, id);
    Map<String, Object> before = ReservationState.of(reservation);
    if (changes.bookingStatus() != null) {
      BookingStatus target =
          words.read(BookingStatus.class, "bookingStatus", changes.bookingStatus());
      if (target == BookingStatus.CANCELLED) {
        return cancellations.cancel(caller, reservation);
      }
      move(caller, reservation, target);
    }
    if (changes.disputeStatus() != null) {
      requireAdmin(caller, "disputeStatus");
      reservation.changeDisputeStatus(
          words.read(DisputeStatus.class, "disputeStatus", changes.disputeStatus()));
    }
    if (changes.iCalImportSource() != null) {
      reservation.changeImportSource(
          changes.iCalImportSource().isBlank()
              ? null
              : ImportUrls.require(changes.iCalImportSource()));
    }
    if (changes.iCalExportUrl() != null) {
      requireAdmin(caller, "iCalExportUrl");
      reservation.changeExportUrl(changes.iCalExportUrl());
    }
    Map<String, Object> after = ReservationState.of(reservation);
    if (!after.equals(before)) {
      journal.record(
          "reservation." + BookingStatus.Column.word(reservation.bookingStatus()),
          reservation.tenantId(),
          OBJECT_TYPE,
          reservation.id(),
          before,
          after);
    }
    return ReservationView.of(reservation);
  }

  /** {@code DELETE /v1/reservations/:id}: a soft cancellation, with the refund it earns. */
  public ReservationView cancel(Caller caller, UUID id) {
    return cancellations.cancel(caller, visible(caller, id));
  }

  private void move(Caller caller, Reservation reservation, BookingStatus target) {
    if (target == reservation.bookingStatus()) {
      return;
    }
    boolean hostOrAdmin = caller.isAdmin() || reservation.hostId().equals(caller.userId());
    if (!hostOrAdmin) {
      throw ApiException.forbidden("Only the host or an admin may set bookingStatus " + target);
    }
    switch (target) {
      case CONFIRMED -> reservation.confirmByHost();
      case DECLINED -> {
        reservation.decline();
        Holds.release(holds, reservation);
      }
      case COMPLETE -> reservation.complete(LocalDate.now(ZoneId.of(reservation.timeZone())));
      default ->
          throw ApiException.conflict(
              "errMsg_illegalReservationTransition",
              "A reservation cannot be set back to " + BookingStatus.Column.word(target));
    }
  }

  private Reservation visible(Caller caller, UUID id) {
    return ReservationAccess.visible(reservations, caller, id);
  }

  private Listing bookableListing(UUID tenantId, UUID listingId) {
    Listing listing = listings.find(listingId).orElse(null);
    if (listing == null || !listing.tenantId().equals(tenantId) || !listing.isActive()) {
      throw ApiException.notFound("listing", listingId);
    }
    return listing;
  }

  private static void requireAdmin(Caller caller, String field) {
    if (!caller.isAdmin()) {
      throw ApiException.forbidden("Only an admin may set " + field);
    }
  }
}
