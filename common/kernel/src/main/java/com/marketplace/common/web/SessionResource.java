package com.marketplace.common.web;

import com.marketplace.common.api.RequestContext;
import com.marketplace.common.permissions.PermissionCheck;
import com.marketplace.common.permissions.PermissionRecord;
import com.marketplace.common.permissions.PermissionService;
import com.marketplace.common.security.Caller;
import com.marketplace.common.security.PublicRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** The spec's session routes: who am I, and what may I do. Bodies as the spec shows them. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class SessionResource {

  @Inject RequestContext request;
  @Inject PermissionService permissions;

  /**
   * The session, or without one the same 401 error envelope every route answers ({@code
   * errMsg_loginRequired}, detail "No login found"): one shape of error for clients to read.
   */
  @GET
  @Path("currentuser")
  @PublicRoute
  @Operation(operationId = "currentUser")
  @APIResponseSchema(Map.class)
  public Response currentUser() {
    if (request.caller().isEmpty()) {
      return ErrorEnvelope.of(401, "errMsg_loginRequired", "No login found");
    }
    Caller caller = request.caller().get();
    Map<String, Object> session = new LinkedHashMap<>();
    session.put("sessionId", caller.sessionId());
    session.put("userId", caller.userId());
    session.put("email", caller.email());
    session.put("fullname", caller.fullname());
    session.put("roleId", caller.roles().stream().sorted().findFirst().orElse(null));
    session.put("roles", caller.roles().stream().sorted().toList());
    session.put("tenantId", caller.tenantId());
    session.put("accessToken", caller.accessToken());
    return Response.ok(session).build();
  }

  @GET
  @Path("permissions")
  @Operation(operationId = "getPermissions")
  public List<PermissionRecord> permissions() {
    return permissions.effective(request.requireCaller());
  }

  @GET
  @Path("permissions/{permissionName}")
  @Operation(operationId = "checkPermission")
  public PermissionCheck permission(@PathParam("permissionName") String permissionName) {
    return permissions.check(request.requireCaller(), permissionName);
  }
}
