package com.marketplace.booking.api;

import com.marketplace.common.openapi.Answers;
import com.marketplace.common.security.AllowedRoles;
import com.marketplace.common.security.Caller;
import com.marketplace.payments.web.PaymentTicketJson;
import com.marketplace.payments.web.PaymentTicketRoutes;
import com.marketplace.payments.web.PaymentTicketRoutes.NewTicket;
import com.marketplace.payments.web.PaymentTicketRoutes.TicketChanges;
import com.marketplace.payments.web.TicketKind;
import com.marketplace.payments.web.TicketQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The spec's {@code sys_reservationPayment} routes, with the spec's own spelling: reads under
 * {@code reservationpayment2} / {@code reservationpayments2}, writes under {@code
 * reservationpayment}. Reads are for the ticket's owner or an admin; writes for admins.
 */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ReservationPaymentResource {

  static final TicketKind RESERVATION =
      new TicketKind("reservation", "sys_reservationPayment", "sys_reservationPayments");

  @Inject PaymentTicketRoutes tickets;

  @GET
  @Path("reservationpayment2/{sys_reservationPaymentId}")
  @Operation(operationId = "getReservationPayment2")
  @Answers(value = "sys_reservationPayment", type = PaymentTicketJson.class)
  public Response get(@PathParam("sys_reservationPaymentId") UUID id) {
    return tickets.get(RESERVATION, id);
  }

  @GET
  @Path("reservationpayments2")
  @Operation(operationId = "listReservationPayments2")
  @Answers(value = "sys_reservationPayments", type = PaymentTicketJson.class, list = true)
  public Response list(@BeanParam TicketQuery query) {
    return tickets.list(RESERVATION, query);
  }

  @POST
  @Path("reservationpayment")
  @AllowedRoles(Caller.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createReservationPayment")
  @Answers(value = "sys_reservationPayment", type = PaymentTicketJson.class, status = 201)
  public Response create(@NotNull @Valid NewTicket body) {
    return tickets.create(RESERVATION, body);
  }

  @PATCH
  @Path("reservationpayment/{sys_reservationPaymentId}")
  @AllowedRoles(Caller.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "updateReservationPayment")
  @Answers(value = "sys_reservationPayment", type = PaymentTicketJson.class)
  public Response update(
      @PathParam("sys_reservationPaymentId") UUID id, @NotNull @Valid TicketChanges body) {
    return tickets.update(RESERVATION, id, body);
  }

  @DELETE
  @Path("reservationpayment/{sys_reservationPaymentId}")
  @AllowedRoles(Caller.ADMIN)
  @Operation(operationId = "deleteReservationPayment")
  @Answers(value = "sys_reservationPayment", type = PaymentTicketJson.class)
  public Response delete(@PathParam("sys_reservationPaymentId") UUID id) {
    return tickets.delete(RESERVATION, id);
  }

  @GET
  @Path("reservationpaymentbyorderid/{orderId}")
  @Operation(operationId = "getReservationPaymentByOrderId")
  @Answers(value = "sys_reservationPayment", type = PaymentTicketJson.class)
  public Response byOrderId(@PathParam("orderId") UUID orderId) {
    return tickets.byOrderId(RESERVATION, orderId);
  }

  @GET
  @Path("reservationpaymentbypaymentid/{paymentId}")
  @Operation(operationId = "getReservationPaymentByPaymentId")
  @Answers(value = "sys_reservationPayment", type = PaymentTicketJson.class)
  public Response byPaymentId(@PathParam("paymentId") String paymentId) {
    return tickets.byPaymentId(RESERVATION, paymentId);
  }
}
