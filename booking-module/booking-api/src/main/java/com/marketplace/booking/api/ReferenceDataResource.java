package com.marketplace.booking.api;

import com.marketplace.booking.application.listing.ListingUpsert;
import com.marketplace.booking.application.listing.ReferenceData;
import com.marketplace.booking.application.listing.UserProfileChange;
import com.marketplace.booking.application.listing.UserProfileView;
import com.marketplace.common.api.RequestContext;
import com.marketplace.common.openapi.Answers;
import com.marketplace.common.security.AllowedRoles;
import com.marketplace.common.security.Caller;
import com.marketplace.common.web.Responses;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Admin upserts of the reference data the booking rules need (not spec routes: the listing and user
 * services own these records and push them here, by these routes or by the reference-data queue).
 */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles(Caller.ADMIN)
@ApplicationScoped
public class ReferenceDataResource {

  @Inject RequestContext request;
  @Inject Responses responses;
  @EJB ReferenceData referenceData;

  @PUT
  @Path("listings/{listingId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "upsertListing")
  @Answers(value = "listing", type = ListingJson.class)
  public Response upsertListing(
      @PathParam("listingId") UUID id, @NotNull @Valid ListingUpsert body) {
    return responses.ok(
        "listing",
        "upsert",
        ListingJson.of(referenceData.upsertListing(request.requireCaller().tenantId(), id, body)));
  }

  @GET
  @Path("listings/{listingId}")
  @AllowedRoles({Caller.ADMIN, "host"})
  @Operation(operationId = "getListing")
  @Answers(value = "listing", type = ListingJson.class)
  public Response listing(@PathParam("listingId") UUID id) {
    return responses.ok(
        "listing", "get", ListingJson.of(referenceData.listing(request.requireCaller(), id)));
  }

  @PUT
  @Path("userprofiles/{userId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "upsertUserProfile")
  @Answers(value = "userProfile", type = UserProfileView.class)
  public Response upsertUserProfile(
      @PathParam("userId") UUID userId, @NotNull @Valid UserProfileChange body) {
    return responses.ok(
        "userProfile",
        "upsert",
        referenceData.upsertUserProfile(request.requireCaller().tenantId(), userId, body));
  }
}
