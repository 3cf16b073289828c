package com.marketplace.enrollment.api;

import static com.marketplace.enrollment.api.spelling.EnrollmentSpellings.PAYMENT_CONFIRMATION;
import static com.marketplace.enrollment.api.spelling.EnrollmentSpellings.REFUND_STATUS;
import static com.marketplace.enrollment.api.spelling.EnrollmentSpellings.spelled;

import com.marketplace.common.api.Envelope;
import com.marketplace.common.api.JoinScope;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.api.RequestContext;
import com.marketplace.common.api.ServerValues;
import com.marketplace.common.openapi.Answers;
import com.marketplace.common.security.AllowedRoles;
import com.marketplace.common.security.Caller;
import com.marketplace.common.web.QueryValues;
import com.marketplace.common.web.Responses;
import com.marketplace.enrollment.application.enrollment.Enrollments;
import com.marketplace.enrollment.application.enrollment.NewEnrollment;
import com.marketplace.enrollment.application.query.EnrollmentQueries;
import com.marketplace.enrollment.domain.PaymentConfirmation;
import com.marketplace.enrollment.domain.RefundStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Enrollments: students enroll; students, tutors and admins read what they may see. */
@Path("v1/enrollments")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class EnrollmentResource {

  @Inject RequestContext request;
  @Inject Responses responses;
  @EJB Enrollments enrolling;
  @EJB EnrollmentQueries queries;

  /**
   * The spec's create body. {@code totalAmount} and {@code currency} must equal the pack's price;
   * {@code refundStatus} and {@code enrolledAt} are the server's: absent, or what the server would
   * set ({@code notRequested}, no date), else 422, as for every value the server decides.
   */
  public record EnrollmentRequest(
      @NotNull UUID coursePackId,
      @NotNull UUID tutorProfileId,
      @NotEmpty @Size(max = 500) List<@NotNull UUID> lessonSlotIds,
      @NotNull BigDecimal totalAmount,
      @NotBlank @Size(max = 3) String currency,
      @Size(max = 64) String refundStatus,
      @Size(max = 64) String enrolledAt) {}

  @POST
  @AllowedRoles("student")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createEnrollment")
  @Answers(value = "enrollment", type = EnrollmentJson.class, status = 201)
  public Response create(@NotNull @Valid EnrollmentRequest body) {
    ServerValues.mustMatch(
        "refundStatus", body.refundStatus(), REFUND_STATUS.literal(RefundStatus.NOT_REQUESTED));
    ServerValues.mustMatch("enrolledAt", body.enrolledAt(), null);
    return responses.created(
        "enrollment",
        EnrollmentJson.of(
            enrolling.enroll(
                request.requireCaller(),
                new NewEnrollment(
                    body.coursePackId(),
                    body.tutorProfileId(),
                    body.lessonSlotIds(),
                    body.totalAmount(),
                    body.currency()))));
  }

  @GET
  @Path("{enrollmentId}")
  @Operation(operationId = "getEnrollment")
  @Answers(value = "enrollment", type = EnrollmentJson.class)
  public Response get(@PathParam("enrollmentId") UUID enrollmentId) {
    return responses.ok(
        "enrollment",
        "get",
        spelled(
            queries.enrollment(
                request.requireCaller(), enrollmentId, request.parameters().joins())));
  }

  @GET
  @Operation(operationId = "listEnrollments")
  @Answers(value = "enrollments", type = EnrollmentJson.class, list = true)
  public Response list(
      @QueryParam("tutorProfileId") String tutorProfileId,
      @QueryParam("paymentConfirmation") String paymentConfirmation) {
    UUID tutor = QueryValues.uuid("tutorProfileId", tutorProfileId);
    String confirmation =
        paymentConfirmation == null || paymentConfirmation.isBlank() ? null : paymentConfirmation;
    List<Envelope.Filter> filters = new ArrayList<>();
    if (tutor != null) {
      filters.add(new Envelope.Filter("tutorProfileId", tutor));
    }
    if (confirmation != null) {
      filters.add(new Envelope.Filter("paymentConfirmation", confirmation));
    }
    Caller caller = request.requireCaller();
    PageRequest page = request.parameters().page();
    JoinScope joins = request.parameters().joins();
    PaymentConfirmation parsed = PAYMENT_CONFIRMATION.parse("paymentConfirmation", confirmation);
    return responses.list(
        "enrollments", spelled(queries.enrollments(caller, tutor, parsed, page, joins)), filters);
  }
}
