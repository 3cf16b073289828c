package com.marketplace.common.web;

import com.marketplace.common.security.PublicRoute;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Public liveness of one module's API. Readiness (database reachable) is MicroProfile Health's
 * server-wide {@code /health/ready}.
 */
@Path("health")
@PublicRoute
public class HealthResource {

  @Context HttpServletRequest request;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "getHealth")
  public JsonObject health() {
    return Json.createObjectBuilder()
        .add("status", "UP")
        .add("module", ModuleRoot.name(request))
        .build();
  }
}
