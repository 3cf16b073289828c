package com.marketplace.common.web;

import com.marketplace.common.api.Envelope;
import com.marketplace.common.api.RequestContext;
import com.marketplace.common.openapi.Answers;
import com.marketplace.common.permissions.PermissionGrant;
import com.marketplace.common.permissions.PermissionService;
import com.marketplace.common.security.AllowedRoles;
import com.marketplace.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Admins grant and revoke per-user and per-object permissions within their tenant. */
@Path("v1/permissiongrants")
@AllowedRoles(Caller.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class PermissionGrantResource {

  static final String ONE = "permissionGrant";

  @Inject RequestContext request;
  @Inject Responses responses;
  @Inject PermissionService permissions;

  /** What an admin sends; tenant and owner come from the token. */
  public record NewGrant(
      @NotBlank String permissionName,
      @NotNull UUID subjectUserId,
      UUID objectId,
      @NotNull Boolean canDo) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createPermissionGrant")
  @Answers(value = "permissionGrant", type = PermissionGrant.class, status = 201)
  public Response grant(@NotNull @Valid NewGrant grant) {
    return responses.created(
        ONE,
        permissions.grant(
            request.requireCaller(),
            grant.permissionName(),
            grant.subjectUserId(),
            grant.objectId(),
            grant.canDo()));
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getPermissionGrant")
  @Answers(value = "permissionGrant", type = PermissionGrant.class)
  public Response get(@PathParam("id") UUID id) {
    return responses.ok(ONE, "get", permissions.get(request.requireCaller(), id));
  }

  /** Soft delete: the grant is deactivated and returned in its last state. */
  @DELETE
  @Path("{id}")
  @Operation(operationId = "deletePermissionGrant")
  @Answers(value = "permissionGrant", type = PermissionGrant.class)
  public Response revoke(@PathParam("id") UUID id) {
    return responses.ok(ONE, "delete", permissions.revoke(request.requireCaller(), id));
  }

  @GET
  @Operation(operationId = "listPermissionGrants")
  @Answers(value = "permissionGrants", type = PermissionGrant.class, list = true)
  public Response list(@QueryParam("subjectUserId") String subjectUserId) {
    UUID subject = QueryValues.uuid("subjectUserId", subjectUserId);
    List<Envelope.Filter> filters = new ArrayList<>();
    if (subject != null) {
      filters.add(new Envelope.Filter("subjectUserId", subject));
    }
    return responses.list(
        "permissionGrants",
        permissions.list(request.requireCaller(), subject, request.parameters().page()),
        filters);
  }
}
