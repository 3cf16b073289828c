package com.marketplace.enrollment.api;

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
 * The spec's {@code sys_enrollmentPayment} routes: the payment tickets of enrollments. Reads are
 * for the ticket's owner or an admin; writes for admins.
 */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class EnrollmentPaymentResource {

  static final TicketKind ENROLLMENT =
      new TicketKind("enrollment", "sys_enrollmentPayment", "sys_enrollmentPayments");

  @Inject PaymentTicketRoutes tickets;

  @GET
  @Path("enrollmentpayment/{sys_enrollmentPaymentId}")
  @Operation(operationId = "getEnrollmentPayment")
  @Answers(value = "sys_enrollmentPayment", type = PaymentTicketJson.class)
  public Response get(@PathParam("sys_enrollmentPaymentId") UUID id) {
    return tickets.get(ENROLLMENT, id);
  }

  @GET
  @Path("enrollmentpayments")
  @Operation(operationId = "listEnrollmentPayments")
  @Answers(value = "sys_enrollmentPayments", type = PaymentTicketJson.class, list = true)
  public Response list(@BeanParam TicketQuery query) {
    return tickets.list(ENROLLMENT, query);
  }

  @POST
  @Path("enrollmentpayment")
  @AllowedRoles(Caller.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createEnrollmentPayment")
  @Answers(value = "sys_enrollmentPayment", type = PaymentTicketJson.class, status = 201)
  public Response create(@NotNull @Valid NewTicket body) {
    return tickets.create(ENROLLMENT, body);
  }

  @PATCH
  @Path("enrollmentpayment/{sys_enrollmentPaymentId}")
  @AllowedRoles(Caller.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "updateEnrollmentPayment")
  @Answers(value = "sys_enrollmentPayment", type = PaymentTicketJson.class)
  public Response update(
      @PathParam("sys_enrollmentPaymentId") UUID id, @NotNull @Valid TicketChanges body) {
    return tickets.update(ENROLLMENT, id, body);
  }

  @DELETE
  @Path("enrollmentpayment/{sys_enrollmentPaymentId}")
  @AllowedRoles(Caller.ADMIN)
  @Operation(operationId = "deleteEnrollmentPayment")
  @Answers(value = "sys_enrollmentPayment", type = PaymentTicketJson.class)
  public Response delete(@PathParam("sys_enrollmentPaymentId") UUID id) {
    return tickets.delete(ENROLLMENT, id);
  }

  @GET
  @Path("enrollmentpaymentbyorderid/{orderId}")
  @Operation(operationId = "getEnrollmentPaymentByOrderId")
  @Answers(value = "sys_enrollmentPayment", type = PaymentTicketJson.class)
  public Response byOrderId(@PathParam("orderId") UUID orderId) {
    return tickets.byOrderId(ENROLLMENT, orderId);
  }

  @GET
  @Path("enrollmentpaymentbypaymentid/{paymentId}")
  @Operation(operationId = "getEnrollmentPaymentByPaymentId")
  @Answers(value = "sys_enrollmentPayment", type = PaymentTicketJson.class)
  public Response byPaymentId(@PathParam("paymentId") String paymentId) {
    return tickets.byPaymentId(ENROLLMENT, paymentId);
  }
}
