package com.marketplace.devserver.bare;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * {@code POST /bare/reservations}: a JSON body bound by JSON-B, {@link BareReservations} in its
 * transaction, a 201 with the new id as JSON. The benchmark's floorReservation scenario: what a
 * booking costs on Payara with nothing of ours around the SQL (docs/benchmark.md).
 */
@Path("reservations")
public class BareBookings {

  /** What the benchmark sends. */
  public record Booking(UUID tenantId, UUID listingId, UUID guestId, LocalDate checkIn) {}

  @EJB BareReservations reservations;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response book(Booking booking) throws SQLException {
    UUID id =
        reservations.book(
            booking.tenantId(), booking.listingId(), booking.guestId(), booking.checkIn());
    return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
  }
}
