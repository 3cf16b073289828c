package com.marketplace.booking.api;

import com.marketplace.booking.api.spelling.BookingSpellings;
import com.marketplace.booking.application.calendar.CalendarFeeds;
import com.marketplace.booking.application.reservation.NewReservation;
import com.marketplace.booking.application.reservation.ReservationChanges;
import com.marketplace.booking.application.reservation.ReservationFilter;
import com.marketplace.booking.application.reservation.ReservationJoins;
import com.marketplace.booking.application.reservation.ReservationView;
import com.marketplace.booking.application.reservation.Reservations;
import com.marketplace.booking.domain.BookingStatus;
import com.marketplace.common.api.Envelope;
import com.marketplace.common.api.JoinScope.Locality;
import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.api.RequestContext;
import com.marketplace.common.openapi.Answers;
import com.marketplace.common.security.AllowedRoles;
import com.marketplace.common.security.Caller;
import com.marketplace.common.web.QueryValues;
import com.marketplace.common.web.Responses;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The spec's reservation routes. Guests book; guest, host and admin read, change and cancel. */
@Path("v1/reservations")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ReservationResource {

  static final String GUEST = "guest";

  @Inject RequestContext request;
  @Inject Responses responses;
  @EJB Reservations reservations;
  @EJB CalendarFeeds feeds;

  @POST
  @AllowedRoles(GUEST)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createReservation")
  @Answers(value = "reservation", status = 201)
  public Response create(@NotNull @Valid NewReservation body) {
    return responses.created(
        "reservation", ReservationJson.of(reservations.create(request.requireCaller(), body)));
  }

  @GET
  @Path("{reservationId}")
  @Operation(operationId = "getReservation")
  @Answers("reservation")
  public Response get(@PathParam("reservationId") UUID id) {
    Caller caller = request.requireCaller();
    ReservationView view = reservations.get(caller, id);
    ReservationJoins joins = joined() ? reservations.joins(caller, id) : null;
    return responses.ok("reservation", "get", ReservationJson.of(view, joins));
  }

  /** The reservation's {@code iCalExportUrl}: one all-day event for its guest, host or an admin. */
  @GET
  @Path("{reservationId}/ical")
  @Produces(CalendarResource.CALENDAR)
  @Operation(operationId = "getReservationIcal")
  public Response ical(@PathParam("reservationId") UUID id) {
    return CalendarResource.calendar(
        feeds.reservation(request.requireCaller(), id), "reservation-" + id);
  }

  @GET
  @Operation(operationId = "listReservations")
  @Answers(value = "reservations", list = true)
  public Response list(
      @QueryParam("guestId") String guestId,
      @QueryParam("hostId") String hostId,
      @QueryParam("bookingStatus") String bookingStatus,
      @QueryParam("listingId") String listingId) {
    Caller caller = request.requireCaller();
    UUID guest = QueryValues.uuid("guestId", guestId);
    UUID host = QueryValues.uuid("hostId", hostId);
    UUID listing = QueryValues.uuid("listingId", listingId);
    PageRequest pageRequest = request.parameters().page();
    BookingStatus status =
        BookingSpellings.BOOKING_STATUS.parse(
            "bookingStatus",
            bookingStatus == null || bookingStatus.isBlank() ? null : bookingStatus);
    ReservationFilter filter = new ReservationFilter(guest, host, status, listing);
    Page<ReservationView> page = reservations.list(caller, filter, pageRequest);
    Map<UUID, ReservationJoins> joins = joined() ? reservations.joins(caller, page) : Map.of();
    return responses.list(
        "reservations", page.map(r -> ReservationJson.of(r, joins.get(r.id()))), echo(filter));
  }

  @PATCH
  @Path("{reservationId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "updateReservation")
  @Answers("reservation")
  public Response update(
      @PathParam("reservationId") UUID id, @NotNull @Valid ReservationChanges body) {
    return responses.ok(
        "reservation",
        "update",
        ReservationJson.of(reservations.update(request.requireCaller(), id, body)));
  }

  @DELETE
  @Path("{reservationId}")
  @Operation(operationId = "deleteReservation")
  @Answers("reservation")
  public Response delete(@PathParam("reservationId") UUID id) {
    return responses.ok(
        "reservation",
        "delete",
        ReservationJson.of(reservations.cancel(request.requireCaller(), id)));
  }

  /**
   * Both of a reservation's joins are non-local (the listing service's listing, the users' host):
   * {@code getJoins=false} and {@code excludeCQRS=true} leave them out alike.
   */
  private boolean joined() {
    return request.parameters().joins().includes(Locality.NON_LOCAL);
  }

  private static List<Envelope.Filter> echo(ReservationFilter filter) {
    List<Envelope.Filter> filters = new ArrayList<>();
    add(filters, "guestId", filter.guestId());
    add(filters, "hostId", filter.hostId());
    add(filters, "bookingStatus", BookingSpellings.BOOKING_STATUS.literal(filter.bookingStatus()));
    add(filters, "listingId", filter.listingId());
    return filters;
  }

  static void add(List<Envelope.Filter> filters, String name, Object value) {
    if (value != null) {
      filters.add(new Envelope.Filter(name, value));
    }
  }
}
