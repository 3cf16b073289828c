package com.marketplace.common.web;

import com.marketplace.common.api.Envelope;
import com.marketplace.common.openapi.OpenApiDocument;
import com.marketplace.common.openapi.Route;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Configuration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.glassfish.jersey.server.ExtendedResourceContext;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * One module's API as Jersey really serves it: its name (the path it is served under) and its
 * OpenAPI document, read from Jersey's resource model so that nothing describing the routes can
 * drift from them. The documentation routes themselves are left out of the document.
 */
final class ModuleApi {

  private static final Set<String> TOOLING =
      Set.of("/openapi", "/getPostmanCollection", "/swagger");

  private final ExtendedResourceContext resources;
  private final Configuration configuration;
  private final HttpServletRequest request;

  ModuleApi(
      ExtendedResourceContext resources, Configuration configuration, HttpServletRequest request) {
    this.resources = resources;
    this.configuration = configuration;
    this.request = request;
  }

  /** The module's root without its slash, e.g. {@code enrollment} ({@link ModuleRoot}). */
  String module() {
    return ModuleRoot.name(request);
  }

  JsonObject openApi() {
    Object names = configuration.getProperty(KernelResources.PROJECT_NAMES);
    List<String> projectNames =
        names == null ? List.of() : Arrays.asList(names.toString().split(","));
    return OpenApiDocument.build(module(), Envelope.APP_VERSION, projectNames, routes());
  }

  private List<Route> routes() {
    List<Route> routes = new ArrayList<>();
    for (Resource resource : resources.getResourceModel().getRootResources()) {
      collect(resource, "", routes);
    }
    routes.removeIf(
        route ->
            !route.method().getDeclaringClass().getName().startsWith("com.marketplace.")
                || route.method().getDeclaringClass() == ApiFaceResource.class
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
