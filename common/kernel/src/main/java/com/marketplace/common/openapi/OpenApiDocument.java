package com.marketplace.common.openapi;

import com.marketplace.common.security.AllowedRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The OpenAPI 3 document of one module's API, built from the routes it really serves: paths,
 * parameters, request and response schemas from the Java types, the token places as security
 * schemes, and the spec's envelopes.
 */
public final class OpenApiDocument {

  private static final List<String> ERRORS = List.of("400", "404", "409", "500");

  private OpenApiDocument() {}

  /**
   * @param module the context root, e.g. {@code enrollment}
   * @param projectNames the {@code <project>} of the module's token header and cookie
   */
  public static JsonObject build(
      String module, String version, List<String> projectNames, List<Route> routes) {
    JsonSchemas schemas = new JsonSchemas();
    Map<String, JsonObjectBuilder> paths = new TreeMap<>();
    Map<String, Integer> operationIds = new LinkedHashMap<>();
    routes.stream()
        .sorted(Comparator.comparing(Route::openApiPath).thenComparing(Route::httpMethod))
        .forEach(
            route ->
                paths
                    .computeIfAbsent(route.openApiPath(), p -> Json.createObjectBuilder())
                    .add(
                        route.httpMethod().toLowerCase(), operation(route, schemas, operationIds)));
    JsonObjectBuilder pathsJson = Json.createObjectBuilder();
    paths.forEach(pathsJson::add);
    return Json.createObjectBuilder()
        .add("openapi", "3.0.3")
        .add(
            "info",
            Json.createObjectBuilder()
                .add("title", module + " API")
                .add("version", version)
                .add(
                    "description",
                    "Every answer is the spec's envelope; failures are the error envelope."))
        .add(
            "servers",
            Json.createArrayBuilder().add(Json.createObjectBuilder().add("url", "/" + module)))
        .add("security", Security.anyTokenPlace())
        .add("paths", pathsJson)
        .add("components", components(schemas, projectNames))
        .build();
  }

  private static JsonObject operation(
      Route route, JsonSchemas schemas, Map<String, Integer> operationIds) {
    Method method = route.method();
    String name = method.getName();
    int seen = operationIds.merge(name, 1, Integer::sum);
    JsonObjectBuilder operation =
        Json.createObjectBuilder()
            .add("tags", Json.createArrayBuilder().add(tag(method)))
            .add("operationId", seen == 1 ? name : name + seen)
            .add("summary", humanize(name));
    JsonArrayBuilder parameters = Json.createArrayBuilder();
    for (Parameter parameter : method.getParameters()) {
      JsonObject declared = parameter(parameter, schemas);
      if (declared != null) {
        parameters.add(declared);
      } else if (!parameter.isAnnotationPresent(Context.class)) {
        operation.add("requestBody", body(schemas.of(parameter.getParameterizedType())));
      }
    }
    parameters.add(ref("parameters", "requestId"));
    if ("GET".equals(route.httpMethod())) {
      for (String common : CommonParameterSchemas.LIST_PARAMETERS) {
        parameters.add(ref("parameters", common));
      }
    }
    operation.add("parameters", parameters);
    operation.add("responses", responses(route, schemas));
    boolean open = isPublic(method);
    if (open) {
      operation.add("security", Json.createArrayBuilder());
    }
    AllowedRoles roles = annotation(method, AllowedRoles.class);
    if (roles != null) {
      operation.add("description", "Roles: " + String.join(", ", roles.value()));
    }
    return operation.build();
  }

  private static JsonObject parameter(Parameter parameter, JsonSchemas schemas) {
    String in;
    String name;
    if (parameter.isAnnotationPresent(PathParam.class)) {
      in = "path";
      name = parameter.getAnnotation(PathParam.class).value();
    } else if (parameter.isAnnotationPresent(QueryParam.class)) {
      in = "query";
      name = parameter.getAnnotation(QueryParam.class).value();
    } else if (parameter.isAnnotationPresent(HeaderParam.class)) {
      in = "header";
      name = parameter.getAnnotation(HeaderParam.class).value();
    } else {
      return null;
    }
    return Json.createObjectBuilder()
        .add("name", name)
        .add("in", in)
        .add("required", "path".equals(in))
        .add("schema", schemas.of(parameter.getParameterizedType()))
        .build();
  }

  private static JsonObject body(JsonObject schema) {
    return Json.createObjectBuilder()
        .add("required", true)
        .add(
            "content",
            Json.createObjectBuilder()
                .add("application/json", Json.createObjectBuilder().add("schema", schema)))
        .build();
  }

  private static JsonObject responses(Route route, JsonSchemas schemas) {
    Method method = route.method();
    JsonObject success =
        method.getReturnType() == Response.class
            ? ref("schemas", "SuccessEnvelope")
            : schemas.of(method.getGenericReturnType());
    String status = "POST".equals(route.httpMethod()) ? "201" : "200";
    JsonObjectBuilder responses =
        Json.createObjectBuilder()
            .add(
                status,
                Json.createObjectBuilder()
                    .add("description", "Success")
                    .add(
                        "content",
                        Json.createObjectBuilder()
                            .add(
                                "application/json",
                                Json.createObjectBuilder().add("schema", success))));
    for (String error : ERRORS) {
      responses.add(error, ref("responses", "Error"));
    }
    if (!isPublic(method)) {
      responses.add("401", ref("responses", "Error")).add("403", ref("responses", "Error"));
    }
    if ("POST".equals(route.httpMethod())) {
      responses.add("422", ref("responses", "Error"));
    }
    return responses.build();
  }

  private static JsonObject components(JsonSchemas schemas, List<String> projectNames) {
    JsonObjectBuilder schemaJson = Json.createObjectBuilder();
    schemas.components().forEach(schemaJson::add);
    Envelopes.addTo(schemaJson);
    return Json.createObjectBuilder()
        .add("schemas", schemaJson)
        .add("responses", Json.createObjectBuilder().add("Error", Envelopes.errorResponse()))
        .add("parameters", CommonParameterSchemas.all())
        .add("securitySchemes", Security.schemes(projectNames))
        .build();
  }

  static JsonObject ref(String kind, String name) {
    return Json.createObjectBuilder().add("$ref", "#/components/" + kind + "/" + name).build();
  }

  /** As the kernel's access policy decides: method annotations first, then the class's. */
  private static boolean isPublic(Method method) {
    if (method.isAnnotationPresent(PermitAll.class)) {
      return true;
    }
    return !method.isAnnotationPresent(AllowedRoles.class)
        && method.getDeclaringClass().isAnnotationPresent(PermitAll.class);
  }

  private static <A extends java.lang.annotation.Annotation> A annotation(
      Method method, Class<A> type) {
    A onMethod = method.getAnnotation(type);
    return onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(type);
  }

  private static String tag(Method method) {
    return method.getDeclaringClass().getSimpleName().replaceAll("Resource$", "");
  }

  private static String humanize(String name) {
    String words = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
