package com.marketplace.common.web;

import com.marketplace.common.api.Envelope;
import com.marketplace.common.openapi.OpenApiDocument;
import com.marketplace.common.openapi.PostmanCollection;
import com.marketplace.common.openapi.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.glassfish.jersey.server.ExtendedResourceContext;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * This module's OpenAPI document at {@code /{module}/openapi}, and the Postman collection made from
 * it. Built from the routes Jersey really serves, so it cannot drift from the code. (Payara's
 * server-wide {@code /openapi} sees only classes inside a WAR, so it shows none of the kernel's
 * routes.)
 */
@Path("")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class OpenApiResource {

  private static final Set<String> TOOLING =
      Set.of("/openapi", "/getPostmanCollection", "/swagger");

  @Context ExtendedResourceContext resources;
  @Context Configuration configuration;
  @Context ServletContext servletContext;

  @GET
  @Path("openapi")
  public JsonObject openApi() {
    Object names = configuration.getProperty(KernelResources.PROJECT_NAMES);
    List<String> projectNames =
        names == null ? List.of() : Arrays.asList(names.toString().split(","));
    return OpenApiDocument.build(module(), Envelope.APP_VERSION, projectNames, routes());
  }

  @GET
  @Path("getPostmanCollection")
  public JsonObject postmanCollection() {
    return PostmanCollection.fromOpenApi(openApi(), "marketplace " + module());
  }

  private String module() {
    return servletContext.getContextPath().replace("/", "");
  }

  private List<Route> routes() {
    List<Route> routes = new ArrayList<>();
    for (Resource resource : resources.getResourceModel().getRootResources()) {
      collect(resource, "", routes);
    }
    routes.removeIf(
        route ->
            !route.method().getDeclaringClass().getName().startsWith("com.marketplace.")
                || TOOLING.stream().anyMatch(route::openApiPathStartsWith));
    return routes;
  }

  private static void collect(Resource resource, String prefix, List<Route> routes) {
    String path = prefix + "/" + (resource.getPath() == null ? "" : resource.getPath());
    for (ResourceMethod method : resource.getResourceMethods()) {
      routes.add(
          new Route(method.getHttpMethod(), path, method.getInvocable().getDefinitionMethod()));
    }
    for (Resource child : resource.getChildResources()) {
      collect(child, path, routes);
    }
  }
}
