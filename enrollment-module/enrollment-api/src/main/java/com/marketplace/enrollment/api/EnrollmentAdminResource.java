package com.marketplace.enrollment.api;

import static com.marketplace.enrollment.api.spelling.EnrollmentSpellings.PAYMENT_CONFIRMATION;

import com.marketplace.common.api.Envelope;
import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.api.RequestContext;
import com.marketplace.common.openapi.Answers;
import com.marketplace.common.security.AllowedRoles;
import com.marketplace.common.security.Caller;
import com.marketplace.common.web.Responses;
import com.marketplace.enrollment.application.enrollment.EnrollmentAdministration;
import com.marketplace.enrollment.application.enrollment.EnrollmentView;
import com.marketplace.enrollment.application.refund.EnrollmentRefunds;
import com.marketplace.enrollment.domain.PaymentConfirmation;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Admin actions on enrollments, and completion checks. The cascades and the cleanup answer with the
 * enrollments they ended (filtered by {@code paymentConfirmation} if given); a failure half-way
 * answers with that failure, and a re-run finishes the job.
 */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class EnrollmentAdminResource {

  static final int DEFAULT_MAX_AGE_MINUTES = 60;

  @Inject RequestContext request;
  @Inject Responses responses;
  @EJB EnrollmentAdministration administration;
  @EJB EnrollmentRefunds refunding;

  public record CancelRequest(@Size(max = 5000) String cancelReason) {}

  public record AdminRefund(@NotNull UUID enrollmentId, @Size(max = 5000) String reason) {}

  public record TutorBan(@NotNull UUID tutorProfileId, @Size(max = 5000) String reason) {}

  public record CourseRemoval(@NotNull UUID coursePackId, @Size(max = 5000) String reason) {}

  public record Cleanup(@Min(0) Integer maxAgeMinutes) {}

  public record CompletionCheck(@NotNull UUID enrollmentId) {}

  @PATCH
  @Path("cancelenrollment/{enrollmentId}")
  @AllowedRoles(Caller.ADMIN)
  @Operation(operationId = "cancelEnrollment")
  @Answers(value = "enrollment", type = EnrollmentJson.class)
  public Response cancel(@PathParam("enrollmentId") UUID id, @Valid CancelRequest body) {
    String reason = body == null ? null : body.cancelReason();
    return responses.ok(
        "enrollment",
        "update",
        EnrollmentJson.of(administration.cancel(request.requireCaller(), id, reason)));
  }

  @POST
  @Path("adminrefundenrollment")
  @AllowedRoles(Caller.ADMIN)
  @Operation(operationId = "adminRefundEnrollment")
  @Answers(value = "refundRequest", type = RefundRequestJson.class, status = 201)
  public Response adminRefund(@NotNull @Valid AdminRefund body) {
    return responses.created(
        "refundRequest",
        RefundRequestJson.of(
            refunding.byAdmin(request.requireCaller(), body.enrollmentId(), body.reason())));
  }

  @POST
  @Path("cascadetutorban")
  @AllowedRoles(Caller.ADMIN)
  @Operation(operationId = "cascadeTutorBan")
  @Answers(value = "enrollments", type = EnrollmentJson.class, list = true)
  public Response cascadeTutorBan(
      @NotNull @Valid TutorBan body, @QueryParam("paymentConfirmation") String confirmation) {
    return ended(
        administration.cascadeTutorBan(
            request.requireCaller(), body.tutorProfileId(), body.reason()),
        confirmation);
  }

  @POST
  @Path("cascadecourseremoval")
  @AllowedRoles(Caller.ADMIN)
  @Operation(operationId = "cascadeCourseRemoval")
  @Answers(value = "enrollments", type = EnrollmentJson.class, list = true)
  public Response cascadeCourseRemoval(
      @NotNull @Valid CourseRemoval body, @QueryParam("paymentConfirmation") String confirmation) {
    return ended(
        administration.cascadeCourseRemoval(
            request.requireCaller(), body.coursePackId(), body.reason()),
        confirmation);
  }

  @POST
  @Path("cleanuppendingenrollments")
  @AllowedRoles(Caller.ADMIN)
  @Operation(operationId = "cleanupPendingEnrollments")
  @Answers(value = "enrollments", type = EnrollmentJson.class, list = true)
  public Response cleanup(
      @Valid Cleanup body, @QueryParam("paymentConfirmation") String confirmation) {
    int minutes =
        body == null || body.maxAgeMinutes() == null
            ? DEFAULT_MAX_AGE_MINUTES
            : body.maxAgeMinutes();
    return ended(
        administration.cleanupPending(
            request.requireCaller().tenantId(), Duration.ofMinutes(minutes)),
        confirmation);
  }

  @POST
  @Path("checkenrollmentcompletion")
  @Operation(operationId = "checkEnrollmentCompletion")
  @Answers(value = "enrollments", type = EnrollmentJson.class, list = true)
  public Response checkCompletion(
      @NotNull @Valid CompletionCheck body,
      @QueryParam("paymentConfirmation") String confirmation) {
    return ended(
        administration.checkCompletion(request.requireCaller(), body.enrollmentId()), confirmation);
  }

  private Response ended(List<EnrollmentView> enrollments, String confirmation) {
    PaymentConfirmation filter =
        PAYMENT_CONFIRMATION.parse(
            "paymentConfirmation",
            confirmation == null || confirmation.isBlank() ? null : confirmation);
    List<EnrollmentJson> shown =
        enrollments.stream()
            .filter(e -> filter == null || e.paymentConfirmation() == filter)
            .map(EnrollmentJson::of)
            .toList();
    return responses.list(
        "enrollments",
        new Page<>(shown, new PageRequest(0, 1), shown.size()),
        filter == null
            ? List.of()
            : List.of(
                new Envelope.Filter("paymentConfirmation", PAYMENT_CONFIRMATION.literal(filter))));
  }
}
