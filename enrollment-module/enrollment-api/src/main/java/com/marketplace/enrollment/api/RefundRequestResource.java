package com.marketplace.enrollment.api;

import static com.marketplace.enrollment.api.spelling.EnrollmentSpellings.REFUND_REQUEST_STATUS;
import static com.marketplace.enrollment.api.spelling.EnrollmentSpellings.spelled;

import com.marketplace.common.api.RequestContext;
import com.marketplace.common.openapi.Answers;
import com.marketplace.common.security.AllowedRoles;
import com.marketplace.common.security.Caller;
import com.marketplace.common.web.Responses;
import com.marketplace.enrollment.application.query.EnrollmentQueries;
import com.marketplace.enrollment.application.refund.EnrollmentRefunds;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Refund requests: a student asks (auto-approved when eligible, else 422 and nothing recorded);
 * admins decide pending ones and add notes; students, tutors and admins read what they may see.
 */
@Path("v1/refundrequests")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class RefundRequestResource {

  @Inject RequestContext request;
  @Inject Responses responses;
  @EJB EnrollmentRefunds refunding;
  @EJB EnrollmentQueries queries;

  /**
   * The spec's create body. Only {@code enrollmentId} and {@code reason} are the student's; the
   * dates, status, {@code firstLessonCompleted} and {@code adminNote} are the server's and ignored.
   */
  public record NewRefundRequest(
      @NotNull UUID enrollmentId,
      @NotBlank @Size(max = 5000) String reason,
      @Size(max = 64) String requestedAt,
      @Size(max = 64) String processedAt,
      @Size(max = 64) String status,
      Boolean firstLessonCompleted,
      @Size(max = 5000) String adminNote) {}

  /** The spec's update body; {@code processedAt} is set by the server and ignored. */
  public record RefundDecision(
      @Size(max = 64) String status,
      @Size(max = 5000) String adminNote,
      @Size(max = 64) String processedAt) {}

  @POST
  @AllowedRoles("student")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createRefundRequest")
  @Answers(value = "refundRequest", type = RefundRequestJson.class, status = 201)
  public Response create(@NotNull @Valid NewRefundRequest body) {
    return responses.created(
        "refundRequest",
        RefundRequestJson.of(
            refunding.request(request.requireCaller(), body.enrollmentId(), body.reason())));
  }

  @GET
  @Path("{refundRequestId}")
  @Operation(operationId = "getRefundRequest")
  @Answers(value = "refundRequest", type = RefundRequestJson.class)
  public Response get(@PathParam("refundRequestId") UUID id) {
    return responses.ok(
        "refundRequest",
        "get",
        spelled(queries.refundRequest(request.requireCaller(), id, request.parameters().joins())));
  }

  @GET
  @Operation(operationId = "listRefundRequests")
  @Answers(value = "refundRequests", type = RefundRequestJson.class, list = true)
  public Response list() {
    return responses.list(
        "refundRequests",
        spelled(
            queries.refundRequests(
                request.requireCaller(),
                request.parameters().page(),
                request.parameters().joins())),
        List.of());
  }

  @PATCH
  @Path("{refundRequestId}")
  @AllowedRoles(Caller.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "updateRefundRequest")
  @Answers(value = "refundRequest", type = RefundRequestJson.class)
  public Response update(
      @PathParam("refundRequestId") UUID id, @NotNull @Valid RefundDecision body) {
    return responses.ok(
        "refundRequest",
        "update",
        RefundRequestJson.of(
            refunding.decide(
                request.requireCaller(),
                id,
                REFUND_REQUEST_STATUS.parse("status", body.status()),
                body.adminNote())));
  }
}
