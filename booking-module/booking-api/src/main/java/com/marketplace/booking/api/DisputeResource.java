package com.marketplace.booking.api;

import com.marketplace.booking.api.spelling.BookingSpellings;
import com.marketplace.booking.application.dispute.DisputeChanges;
import com.marketplace.booking.application.dispute.Disputes;
import com.marketplace.booking.application.dispute.NewDispute;
import com.marketplace.booking.domain.ResolutionStatus;
import com.marketplace.common.api.Envelope;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.api.RequestContext;
import com.marketplace.common.openapi.Answers;
import com.marketplace.common.security.Caller;
import com.marketplace.common.web.QueryValues;
import com.marketplace.common.web.Responses;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The spec's dispute routes: opened by a reservation's guest or host, decided by admins. */
@Path("v1/disputes")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class DisputeResource {

  @Inject RequestContext request;
  @Inject Responses responses;
  @EJB Disputes disputes;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createDispute")
  @Answers(value = "dispute", type = DisputeJson.class, status = 201)
  public Response create(@NotNull @Valid NewDispute body) {
    return responses.created(
        "dispute", DisputeJson.of(disputes.open(request.requireCaller(), body)));
  }

  @PATCH
  @Path("{disputeId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "updateDispute")
  @Answers(value = "dispute", type = DisputeJson.class)
  public Response update(@PathParam("disputeId") UUID id, @NotNull @Valid DisputeChanges body) {
    return responses.ok(
        "dispute", "update", DisputeJson.of(disputes.update(request.requireCaller(), id, body)));
  }

  @GET
  @Path("{disputeId}")
  @Operation(operationId = "getDispute")
  @Answers(value = "dispute", type = DisputeJson.class)
  public Response get(@PathParam("disputeId") UUID id) {
    return responses.ok(
        "dispute", "get", DisputeJson.of(disputes.get(request.requireCaller(), id)));
  }

  @GET
  @Operation(operationId = "listDisputes")
  @Answers(value = "disputes", type = DisputeJson.class, list = true)
  public Response list(
      @QueryParam("reservationId") String reservationId,
      @QueryParam("raisedBy") String raisedBy,
      @QueryParam("resolutionStatus") String resolutionStatus) {
    UUID reservation = QueryValues.uuid("reservationId", reservationId);
    UUID raiser = QueryValues.uuid("raisedBy", raisedBy);
    String status =
        resolutionStatus == null || resolutionStatus.isBlank() ? null : resolutionStatus;
    List<Envelope.Filter> filters = new ArrayList<>();
    ReservationResource.add(filters, "reservationId", reservation);
    ReservationResource.add(filters, "raisedBy", raiser);
    ReservationResource.add(filters, "resolutionStatus", status);
    Caller caller = request.requireCaller();
    PageRequest page = request.parameters().page();
    ResolutionStatus resolution =
        BookingSpellings.RESOLUTION_STATUS.parse("resolutionStatus", status);
    return responses.list(
        "disputes",
        disputes.list(caller, reservation, raiser, resolution, page).map(DisputeJson::of),
        filters);
  }
}
