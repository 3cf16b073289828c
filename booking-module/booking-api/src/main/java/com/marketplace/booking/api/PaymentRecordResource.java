package com.marketplace.booking.api;

import com.marketplace.booking.api.spelling.BookingSpellings;
import com.marketplace.booking.application.payment.NewPaymentRecord;
import com.marketplace.booking.application.payment.PaymentRecords;
import com.marketplace.booking.domain.PaymentRecordStatus;
import com.marketplace.common.api.Envelope;
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
import jakarta.ws.rs.GET;
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

/**
 * The spec's payment-record routes: create (admins, by hand), get and list. No update or delete
 * route exists, and the database refuses both.
 */
@Path("v1/paymentrecords")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class PaymentRecordResource {

  @Inject RequestContext request;
  @Inject Responses responses;
  @EJB PaymentRecords records;

  @POST
  @AllowedRoles(Caller.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createPaymentRecord")
  @Answers(value = "paymentRecord", type = PaymentRecordJson.class, status = 201)
  public Response create(@NotNull @Valid NewPaymentRecord body) {
    return responses.created(
        "paymentRecord", PaymentRecordJson.of(records.create(request.requireCaller(), body)));
  }

  @GET
  @Path("{paymentRecordId}")
  @Operation(operationId = "getPaymentRecord")
  @Answers(value = "paymentRecord", type = PaymentRecordJson.class)
  public Response get(@PathParam("paymentRecordId") UUID id) {
    return responses.ok(
        "paymentRecord", "get", PaymentRecordJson.of(records.get(request.requireCaller(), id)));
  }

  @GET
  @Operation(operationId = "listPaymentRecords")
  @Answers(value = "paymentRecords", type = PaymentRecordJson.class, list = true)
  public Response list(
      @QueryParam("reservationId") String reservationId,
      @QueryParam("paymentStatus") String paymentStatus) {
    UUID reservation = QueryValues.uuid("reservationId", reservationId);
    String status = paymentStatus == null || paymentStatus.isBlank() ? null : paymentStatus;
    List<Envelope.Filter> filters = new ArrayList<>();
    ReservationResource.add(filters, "reservationId", reservation);
    ReservationResource.add(filters, "paymentStatus", status);
    Caller caller = request.requireCaller();
    PageRequest page = request.parameters().page();
    PaymentRecordStatus parsed = BookingSpellings.PAYMENT_STATUS.parse("paymentStatus", status);
    return responses.list(
        "paymentRecords",
        records.list(caller, reservation, parsed, page).map(PaymentRecordJson::of),
        filters);
  }
}
