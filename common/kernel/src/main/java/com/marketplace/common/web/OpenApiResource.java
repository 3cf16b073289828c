package com.marketplace.common.web;

import com.marketplace.common.openapi.PostmanCollection;
import com.marketplace.common.security.PublicRoute;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.glassfish.jersey.server.ExtendedResourceContext;

/**
 * This module's OpenAPI document at {@code /{module}/openapi}, and the Postman collection made from
 * it. Built from the routes Jersey really serves, so it cannot drift from the code. (Payara's
 * server-wide {@code /openapi} sees only classes inside a WAR, so it shows none of the kernel's
 * routes.)
 */
@Path("")
@PublicRoute
@Produces(MediaType.APPLICATION_JSON)
public class OpenApiResource {

  @Context ExtendedResourceContext resources;
  @Context Configuration configuration;
  @Context HttpServletRequest request;

  @GET
  @Path("openapi")
  public JsonObject openApi() {
    return api().openApi();
  }

  @GET
  @Path("getPostmanCollection")
  public JsonObject postmanCollection() {
    return PostmanCollection.fromOpenApi(openApi(), "marketplace " + api().module());
  }

  private ModuleApi api() {
    return new ModuleApi(resources, configuration, request);
  }
}
