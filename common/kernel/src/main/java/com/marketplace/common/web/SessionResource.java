package com.marketplace.common.web;

import com.marketplace.common.api.RequestContext;
import com.marketplace.common.permissions.PermissionCheck;
import com.marketplace.common.permissions.PermissionRecord;
import com.marketplace.common.permissions.PermissionService;
import com.marketplace.common.security.Caller;
import jakarta.annotation.security.PermitAll;
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

/** The spec's session routes: who am I, and what may I do. Bodies as the spec shows them. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

  @Inject RequestContext request;
  @Inject PermissionService permissions;

  /** The session, or the spec's own 401 body when there is none. */
  @GET
  @Path("currentuser")
  @PermitAll
  public Response currentUser() {
    if (request.caller().isEmpty()) {
      return Response.status(401)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(Map.of("status", "ERR", "message", "No login found"))
          .build();
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
  public List<PermissionRecord> permissions() {
    return permissions.effective(request.requireCaller());
  }

  @GET
  @Path("permissions/{permissionName}")
  public PermissionCheck permission(@PathParam("permissionName") String permissionName) {
    return permissions.check(request.requireCaller(), permissionName);
  }
}
