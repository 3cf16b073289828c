package com.marketplace.enrollment.api;

import com.marketplace.common.api.RequestContext;
import com.marketplace.common.openapi.Answers;
import com.marketplace.common.security.AllowedRoles;
import com.marketplace.common.security.Caller;
import com.marketplace.common.web.Responses;
import com.marketplace.enrollment.application.reference.ReferenceData;
import com.marketplace.enrollment.application.reference.ReferenceRecords.CoursePackData;
import com.marketplace.enrollment.application.reference.ReferenceRecords.LessonSlotData;
import com.marketplace.enrollment.application.reference.ReferenceRecords.ScreeningData;
import com.marketplace.enrollment.application.reference.ReferenceRecords.TutorProfileData;
import com.marketplace.enrollment.application.reference.ReferenceRecords.UserProfileData;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Admin upserts of the reference data the enrollment rules need (the same upserts arrive from
 * upstream services on the JMS queue {@code enrollmentReferenceData}). PUT replaces what is known
 * of the record with that id.
 */
@Path("v1/admin")
@AllowedRoles(Caller.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ReferenceDataResource {

  @Inject RequestContext request;
  @Inject Responses responses;
  @EJB ReferenceData referenceData;

  @PUT
  @Path("tutorprofiles/{id}")
  @Operation(operationId = "upsertTutorProfile")
  @Answers("tutorProfile")
  public Response tutorProfile(@PathParam("id") UUID id, @NotNull @Valid TutorProfileData body) {
    return responses.ok("tutorProfile", "update", referenceData.tutorProfile(tenant(), id, body));
  }

  @PUT
  @Path("coursepacks/{id}")
  @Operation(operationId = "upsertCoursePack")
  @Answers("coursePack")
  public Response coursePack(@PathParam("id") UUID id, @NotNull @Valid CoursePackData body) {
    return responses.ok("coursePack", "update", referenceData.coursePack(tenant(), id, body));
  }

  @PUT
  @Path("lessonslots/{id}")
  @Operation(operationId = "upsertLessonSlot")
  @Answers("lessonSlot")
  public Response lessonSlot(@PathParam("id") UUID id, @NotNull @Valid LessonSlotData body) {
    return responses.ok("lessonSlot", "update", referenceData.lessonSlot(tenant(), id, body));
  }

  @PUT
  @Path("userprofiles/{userId}")
  @Operation(operationId = "upsertUserProfile")
  @Answers("userProfile")
  public Response userProfile(
      @PathParam("userId") UUID userId, @NotNull @Valid UserProfileData body) {
    return responses.ok("userProfile", "update", referenceData.userProfile(tenant(), userId, body));
  }

  @POST
  @Path("preliminaryscreenings")
  @Operation(operationId = "upsertPreliminaryScreening")
  @Answers("preliminaryScreening")
  public Response screening(@NotNull @Valid ScreeningData body) {
    return responses.ok("preliminaryScreening", "update", referenceData.screening(tenant(), body));
  }

  private UUID tenant() {
    return request.requireCaller().tenantId();
  }
}
