package com.marketplace.common.openapi;

import com.marketplace.common.security.AllowedRoles;
import com.marketplace.common.security.PublicRoute;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * The OpenAPI 3 document of one module's API, built from the routes it really serves: paths,
 * parameters, request and response schemas from the Java types, the token places as security
 * schemes, and the spec's envelopes.
 */
public final class OpenApiDocument {

  private static final List<String> ERRORS = List.of("400", "404", "409", "500");
  private static final JsonObject TEXT = Json.createObjectBuilder().add("type", "string").build();

  private OpenApiDocument() {}

  /**
   * @param module the context root, e.g. {@code enrollment}
   * @param projectNames the {@code <project>} of the module's token header and cookie
   */
  public static JsonObject build(
      String module, String version, List<String> projectNames, List<Route> routes) {
    JsonSchemas schemas = new JsonSchemas();
    Map<String, JsonObjectBuilder> paths = new TreeMap<>();
    routes.stream()
        .sorted(Comparator.comparing(Route::openApiPath).thenComparing(Route::httpMethod))
        .forEach(
            route ->
                paths
                    .computeIfAbsent(route.openApiPath(), p -> Json.createObjectBuilder())
                    .add(route.httpMethod().toLowerCase(), operation(route, schemas)));
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

  private static JsonObject operation(Route route, JsonSchemas schemas) {
    Method method = route.method();
    String operationId = operationId(method);
    JsonObjectBuilder operation =
        Json.createObjectBuilder()
            .add("tags", Json.createArrayBuilder().add(tag(method)))
            .add("operationId", operationId)
            .add("summary", humanize(operationId));
    JsonArrayBuilder parameters = Json.createArrayBuilder();
    for (Parameter parameter : method.getParameters()) {
      JsonObject declared = parameter(parameter, schemas);
      if (declared != null) {
        parameters.add(declared);
      } else if (parameter.isAnnotationPresent(BeanParam.class)) {
        beanParameters(parameter.getType(), schemas).forEach(parameters::add);
      } else if (!parameter.isAnnotationPresent(Context.class)) {
        operation.add("requestBody", body(MediaTypes.consumed(method), parameter, schemas));
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

  /** The query parameters a {@code @BeanParam} class gathers in its fields. */
  private static List<JsonObject> beanParameters(Class<?> bean, JsonSchemas schemas) {
    List<JsonObject> parameters = new java.util.ArrayList<>();
    for (java.lang.reflect.Field field : bean.getDeclaredFields()) {
      QueryParam query = field.getAnnotation(QueryParam.class);
      if (query != null) {
        parameters.add(
            Json.createObjectBuilder()
                .add("name", query.value())
                .add("in", "query")
                .add("required", false)
                .add("schema", schemas.of(field.getGenericType()))
                .build());
      }
    }
    return parameters;
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

  /**
   * The request body in each media type the route consumes: the Java type's schema for JSON, text
   * (such as an uploaded {@code .ics}) for any other. A JSON body is required when the parameter is
   * {@code @NotNull} (some routes take an optional one); any other body always is.
   */
  private static JsonObject body(
      List<String> mediaTypes, Parameter parameter, JsonSchemas schemas) {
    JsonObjectBuilder content = Json.createObjectBuilder();
    for (String mediaType : mediaTypes) {
      JsonObject schema =
          MediaTypes.isJson(mediaType) ? schemas.of(parameter.getParameterizedType()) : TEXT;
      content.add(mediaType, Json.createObjectBuilder().add("schema", schema));
    }
    return Json.createObjectBuilder()
        .add(
            "required",
            parameter.isAnnotationPresent(NotNull.class) || !MediaTypes.isJson(mediaTypes.get(0)))
        .add("content", content)
        .build();
  }

  private static JsonObject responses(Route route, JsonSchemas schemas) {
    Method method = route.method();
    Answers answers = method.getAnnotation(Answers.class);
    String mediaType = MediaTypes.produced(method);
    JsonObject success;
    if (!MediaTypes.isJson(mediaType)) {
      success = TEXT;
    } else if (answers != null) {
      success = Envelopes.carrying(answers, schemas);
    } else if (method.isAnnotationPresent(APIResponseSchema.class)) {
      success = schemas.of(method.getAnnotation(APIResponseSchema.class).value());
    } else if (method.getReturnType() == Response.class) {
      success = ref("schemas", "SuccessEnvelope");
    } else {
      success = schemas.of(method.getGenericReturnType());
    }
    String status =
        answers != null
            ? String.valueOf(answers.status())
            : "POST".equals(route.httpMethod()) ? "201" : "200";
    APIResponse redirect = method.getAnnotation(APIResponse.class);
    JsonObjectBuilder responses =
        redirect != null && redirect.responseCode().startsWith("3")
            ? Json.createObjectBuilder().add(redirect.responseCode(), redirect(redirect))
            : Json.createObjectBuilder()
                .add(
                    status,
                    Json.createObjectBuilder()
                        .add("description", "Success")
                        .add(
                            "content",
                            Json.createObjectBuilder()
                                .add(
                                    mediaType, Json.createObjectBuilder().add("schema", success))));
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

  /** A route that answers a browser redirect: its description and the {@code Location} header. */
  private static JsonObject redirect(APIResponse declared) {
    return Json.createObjectBuilder()
        .add("description", declared.description())
        .add(
            "headers",
            Json.createObjectBuilder()
                .add(
                    "Location",
                    Json.createObjectBuilder()
                        .add(
                            "schema",
                            Json.createObjectBuilder().add("type", "string").add("format", "uri"))))
        .build();
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
    if (method.isAnnotationPresent(PublicRoute.class)) {
      return true;
    }
    return !method.isAnnotationPresent(AllowedRoles.class)
        && method.getDeclaringClass().isAnnotationPresent(PublicRoute.class);
  }

  private static <A extends java.lang.annotation.Annotation> A annotation(
      Method method, Class<A> type) {
    A onMethod = method.getAnnotation(type);
    return onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(type);
  }

  private static String tag(Method method) {
    return method.getDeclaringClass().getSimpleName().replaceAll("Resource$", "");
  }

  /**
   * The operation's MicroProfile OpenAPI {@code operationId} when it declares one (the spec's API
   * name, e.g. {@code createReservation}), else the Java method's name. Never numbered: two routes
   * with one id are a defect the documentation tests report.
   */
  static String operationId(Method method) {
    org.eclipse.microprofile.openapi.annotations.Operation declared =
        method.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
    return declared != null && !declared.operationId().isBlank()
        ? declared.operationId()
        : method.getName();
  }

  private static String humanize(String name) {
    String words = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
