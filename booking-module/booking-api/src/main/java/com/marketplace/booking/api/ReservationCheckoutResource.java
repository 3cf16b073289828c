package com.marketplace.booking.api;

import com.marketplace.booking.application.payment.ReservationPayments;
import com.marketplace.booking.application.payment.ReservationPayments.Paid;
import com.marketplace.common.api.RequestContext;
import com.marketplace.common.openapi.Answers;
import com.marketplace.common.security.PublicRoute;
import com.marketplace.common.web.Responses;
import com.marketplace.payments.application.PaymentDeclined;
import com.marketplace.payments.web.PaymentResultJson;
import com.marketplace.payments.web.PaymentReturnPage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The spec's reservation payment routes: start, refresh and callback, each answering the
 * reservation and the {@code paymentResult}. A declined card is a 422 (the reservation stays
 * payable; the next start retries the same PaymentIntent). The callback's GET is where Stripe's
 * payment page sends the browser back to ({@link PaymentReturnPage}).
 */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ReservationCheckoutResource {

  /** The stays frontend's page showing a payment's outcome. */
  static final String RETURN_PAGE = "BOOKING_PAYMENT_RETURN_URL";

  @Inject RequestContext request;
  @Inject Responses responses;
  @EJB ReservationPayments paying;

  /** {@code paymentUserParams}: {@code paymentMethodId} (required), {@code returnUrl}. */
  public record PaymentRequest(Map<String, Object> paymentUserParams) {}

  /** The callback names the reservation; nothing else in it is trusted. */
  public record Callback(@NotNull UUID reservationId) {}

  @PATCH
  @Path("startreservationpayment/{reservationId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "startReservationPayment")
  @Answers(
      value = "reservation",
      alongside = "paymentResult",
      alongsideType = PaymentResultJson.class)
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
  @Answers(
      value = "reservation",
      alongside = "paymentResult",
      alongsideType = PaymentResultJson.class)
  public Response refresh(@PathParam("reservationId") UUID id) {
    return answer(paying.refresh(request.requireCaller(), id));
  }

  @POST
  @Path("callbackreservationpayment")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "callbackReservationPayment")
  @Answers(
      value = "reservation",
      alongside = "paymentResult",
      alongsideType = PaymentResultJson.class)
  public Response callback(@NotNull @Valid Callback body) {
    return answer(paying.callback(request.requireCaller(), body.reservationId()));
  }

  /** Stripe's return: 303 to the configured page with {@code reservationId} and {@code outcome}. */
  @GET
  @PublicRoute
  @Operation(operationId = "returnFromReservationPayment")
  @APIResponse(
      responseCode = "303",
      description = "To the configured payment return page, with reservationId and outcome")
  @Path("callbackreservationpayment")
  public Response returnFromPaymentPage(
      @QueryParam("payment_intent") @Size(max = 255) String paymentIntent,
      @QueryParam("payment_intent_client_secret") @Size(max = 500) String clientSecret,
      @QueryParam("redirect_status") @Size(max = 64) String redirectStatus) {
    return PaymentReturnPage.answer(
        RETURN_PAGE,
        "reservationId",
        paymentIntent,
        () -> paying.returned(request.caller(), paymentIntent, clientSecret));
  }

  private Response answer(Paid paid) {
    return responses.ok(
        "reservation",
        "update",
        ReservationJson.of(paid.reservation()),
        "paymentResult",
        PaymentResultJson.of(paid.paymentResult()));
  }

  private static String text(Object value) {
    return value instanceof String s ? s : null;
  }
}
