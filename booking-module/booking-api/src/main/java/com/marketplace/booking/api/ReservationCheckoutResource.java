package com.marketplace.booking.api;

import com.marketplace.booking.application.PayingReservations;
import com.marketplace.booking.application.PayingReservations.Paid;
import com.marketplace.common.api.RequestContext;
import com.marketplace.common.openapi.Answers;
import com.marketplace.common.web.Responses;
import com.marketplace.payments.application.PaymentDeclined;
import com.marketplace.payments.application.PaymentResult;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The spec's reservation payment routes: start, refresh and callback, each answering the
 * reservation and the {@code paymentResult}. A declined card is a 422 (the reservation stays
 * payable; the next start retries the same PaymentIntent).
 */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
public class ReservationCheckoutResource {

  @Inject RequestContext request;
  @Inject Responses responses;
  @EJB PayingReservations paying;

  /** {@code paymentUserParams}: {@code paymentMethodId} (required), {@code returnUrl}. */
  public record PaymentRequest(Map<String, Object> paymentUserParams) {}

  /** The callback names the reservation; nothing else in it is trusted. */
  public record Callback(@NotNull UUID reservationId) {}

  @PATCH
  @Path("startreservationpayment/{reservationId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "startReservationPayment")
  @Answers(value = "reservation", alongside = "paymentResult", alongsideType = PaymentResult.class)
  public Response start(@PathParam("reservationId") UUID id, PaymentRequest body) {
    Map<String, Object> params =
        body == null || body.paymentUserParams() == null ? Map.of() : body.paymentUserParams();
    Paid paid =
        paying.start(
            request.requireCaller(),
            id,
            text(params.get("paymentMethodId")),
            text(params.get("returnUrl")));
    if (paid.paymentResult().declined()) {
      throw new PaymentDeclined(
          (String) paid.paymentResult().paymentIntentInfo().get("declineCode"),
          null,
          paid.paymentResult().paymentId());
    }
    return answer(paid);
  }

  @PATCH
  @Path("refreshreservationpayment/{reservationId}")
  @Operation(operationId = "refreshReservationPayment")
  @Answers(value = "reservation", alongside = "paymentResult", alongsideType = PaymentResult.class)
  public Response refresh(@PathParam("reservationId") UUID id) {
    return answer(paying.refresh(request.requireCaller(), id));
  }

  @POST
  @Path("callbackreservationpayment")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "callbackReservationPayment")
  @Answers(value = "reservation", alongside = "paymentResult", alongsideType = PaymentResult.class)
  public Response callback(@NotNull @Valid Callback body) {
    return answer(paying.callback(request.requireCaller(), body.reservationId()));
  }

  private Response answer(Paid paid) {
    return responses.ok(
        "reservation",
        "update",
        ReservationJson.of(paid.reservation()),
        "paymentResult",
        paid.paymentResult());
  }

  private static String text(Object value) {
    return value instanceof String s ? s : null;
  }
}
