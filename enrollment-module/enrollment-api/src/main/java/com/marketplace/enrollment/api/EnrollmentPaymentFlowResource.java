package com.marketplace.enrollment.api;

import com.marketplace.common.api.RequestContext;
import com.marketplace.common.openapi.Answers;
import com.marketplace.common.security.PublicRoute;
import com.marketplace.common.web.Responses;
import com.marketplace.enrollment.application.payment.EnrollmentPayments;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Paying an enrollment: start (charge the pack's price with the student's card), refresh and the
 * callback (apply what Stripe says now). Each answers with the enrollment and the spec's {@code
 * paymentResult}; a declined card is a 422 with Stripe's decline code, and the enrollment stays
 * payable. The callback's GET is where Stripe's payment page sends the browser back to ({@link
 * PaymentReturnPage}).
 */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class EnrollmentPaymentFlowResource {

  /** The tutoring frontend's page showing a payment's outcome. */
  static final String RETURN_PAGE = "ENROLLMENT_PAYMENT_RETURN_URL";

  @Inject RequestContext request;
  @Inject Responses responses;
  @EJB EnrollmentPayments paying;

  /** {@code paymentMethodId} is required; {@code returnUrl} is where 3-D Secure comes back to. */
  public record PaymentUserParams(
      @Size(max = 255) String paymentMethodId, @Size(max = 2048) String returnUrl) {}

  public record StartRequest(@NotNull @Valid PaymentUserParams paymentUserParams) {}

  public record RefreshRequest(@Valid PaymentUserParams paymentUserParams) {}

  public record CallbackRequest(@NotNull UUID enrollmentId) {}

  @PATCH
  @Path("startenrollmentpayment/{enrollmentId}")
  @Operation(operationId = "startEnrollmentPayment")
  @Answers(
      value = "enrollment",
      type = EnrollmentJson.class,
      alongside = "paymentResult",
      alongsideType = PaymentResultJson.class)
  public Response start(@PathParam("enrollmentId") UUID id, @NotNull @Valid StartRequest body) {
    EnrollmentPayments.Outcome outcome =
        paying.start(
            request.requireCaller(),
            id,
            body.paymentUserParams().paymentMethodId(),
            body.paymentUserParams().returnUrl());
    if (outcome.paymentResult().declined()) {
      throw new PaymentDeclined(
          (String) outcome.paymentResult().paymentIntentInfo().get("declineCode"),
          null,
          outcome.paymentResult().paymentId());
    }
    return answer(outcome);
  }

  @PATCH
  @Path("refreshenrollmentpayment/{enrollmentId}")
  @Operation(operationId = "refreshEnrollmentPayment")
  @Answers(
      value = "enrollment",
      type = EnrollmentJson.class,
      alongside = "paymentResult",
      alongsideType = PaymentResultJson.class)
  public Response refresh(@PathParam("enrollmentId") UUID id, @Valid RefreshRequest body) {
    return answer(paying.refresh(request.requireCaller(), id));
  }

  @POST
  @Path("callbackenrollmentpayment")
  @Operation(operationId = "callbackEnrollmentPayment")
  @Answers(
      value = "enrollment",
      type = EnrollmentJson.class,
      alongside = "paymentResult",
      alongsideType = PaymentResultJson.class)
  public Response callback(@NotNull @Valid CallbackRequest body) {
    return answer(paying.callback(request.requireCaller(), body.enrollmentId()));
  }

  /** Stripe's return: 303 to the configured page with {@code enrollmentId} and {@code outcome}. */
  @GET
  @PublicRoute
  @Operation(operationId = "returnFromEnrollmentPayment")
  @APIResponse(
      responseCode = "303",
      description = "To the configured payment return page, with enrollmentId and outcome")
  @Path("callbackenrollmentpayment")
  public Response returnFromPaymentPage(
      @QueryParam("payment_intent") @Size(max = 255) String paymentIntent,
      @QueryParam("payment_intent_client_secret") @Size(max = 500) String clientSecret,
      @QueryParam("redirect_status") @Size(max = 64) String redirectStatus) {
    return PaymentReturnPage.answer(
        RETURN_PAGE,
        "enrollmentId",
        paymentIntent,
        () -> paying.returned(request.caller(), paymentIntent, clientSecret));
  }

  private Response answer(EnrollmentPayments.Outcome outcome) {
    return responses.ok(
        "enrollment",
        "update",
        EnrollmentJson.of(outcome.enrollment()),
        "paymentResult",
        PaymentResultJson.of(outcome.paymentResult()));
  }
}
