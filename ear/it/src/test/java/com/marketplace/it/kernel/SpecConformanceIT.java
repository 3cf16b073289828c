package com.marketplace.it.kernel;

import static com.marketplace.it.support.Platform.module;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

import com.marketplace.it.support.KernelDeployment;
import com.marketplace.it.support.Platform;
import com.marketplace.it.support.Tokens;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every route the spec lists ({@code spec-routes.csv}, written from the two spec documents) is
 * served by its module with a token of a role that may call it, answers its {@code dataName} when
 * it succeeds, and is in its module's OpenAPI document under the spec's API name (its operationId)
 * with the spec's required path parameters and body. Each test checks every route and reports all
 * the routes that fail, not just the first.
 */
class SpecConformanceIT extends KernelDeployment {

  private static final List<SpecRoute> ROUTES = SpecRoute.readAll("/spec-routes.csv");
  private static final UUID TENANT = UUID.randomUUID();
  private static final Set<Integer> NOT_SERVED = Set.of(401, 403, 405);

  private final Map<String, Tokens.User> users = new HashMap<>();

  @Test
  void theListHoldsEachSpecRouteOfBothModulesOnce() {
    assertThat(ROUTES.stream().filter(r -> r.module().equals("enrollment")).toList(), hasSize(29));
    assertThat(ROUTES.stream().filter(r -> r.module().equals("booking")).toList(), hasSize(28));
    assertThat(
        ROUTES.stream()
            .map(r -> r.module() + r.method() + SpecRoute.shape(r.path()))
            .distinct()
            .count(),
        equalTo((long) ROUTES.size()));
  }

  @Test
  void eachSpecRouteIsServedAndAnswersItsDataName() {
    List<String> failures = new ArrayList<>();
    List<String> succeeded = new ArrayList<>();
    for (SpecRoute route : ROUTES) {
      Response response = call(route);
      int status = response.statusCode();
      JsonPath body = jsonOf(response);
      if (NOT_SERVED.contains(status)
          || status >= 500
          || (status == 404 && "errMsg_routeNotFound".equals(body.getString("message")))) {
        failures.add(route + " answered " + status + " " + response.asString());
      } else if (status < 300 && !route.dataName().isEmpty()) {
        succeeded.add(route.toString());
        if (!route.dataName().equals(body.getString("dataName"))
            || !body.getMap("$").containsKey(route.dataName())) {
          failures.add(route + " answered dataName " + body.getString("dataName"));
        }
      }
    }
    assertThat(failures, empty());
    // the nine lists and the cleanup (its body is optional) succeed without fixtures, so at least
    // their dataNames were really compared
    assertThat(succeeded, hasSize(greaterThanOrEqualTo(10)));
  }

  @Test
  void eachSpecRouteIsInItsModulesOpenApiDocumentUnderTheSpecsName() {
    Map<String, JsonPath> documents = new HashMap<>();
    List<String> failures = new ArrayList<>();
    for (SpecRoute route : ROUTES) {
      JsonPath document =
          documents.computeIfAbsent(
              route.module(),
              name -> module(name).get("/openapi").then().statusCode(200).extract().jsonPath());
      Map<String, Object> operation = operation(document, route);
      if (operation == null) {
        failures.add(route + " is not in the document");
        continue;
      }
      if (!route.specApi().equals(operation.get("operationId"))) {
        failures.add(route + " has operationId " + operation.get("operationId"));
      }
      long pathParameters = route.required().stream().filter(p -> p.startsWith("path:")).count();
      if (pathParameters != route.path().chars().filter(c -> c == '{').count()) {
        failures.add(route + " lists " + pathParameters + " path parameters");
      }
      if (route.required().stream().anyMatch(p -> p.startsWith("body:"))
          && !operation.containsKey("requestBody")) {
        failures.add(route + " takes a body in the spec, none in the document");
      }
    }
    assertThat(failures, empty());
  }

  /** The document's operation for the route's method and path, parameter names aside. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> operation(JsonPath document, SpecRoute route) {
    Map<String, Map<String, Object>> paths = document.getMap("paths");
    for (var path : paths.entrySet()) {
      if (SpecRoute.shape(path.getKey()).equals(SpecRoute.shape(route.path()))) {
        Object operation = path.getValue().get(route.method().toLowerCase());
        if (operation != null) {
          return (Map<String, Object>) operation;
        }
      }
    }
    return null;
  }

  private Response call(SpecRoute route) {
    Tokens.User user = users.computeIfAbsent(route.role(), role -> Tokens.user(TENANT, role));
    var request = Platform.as(user, route.module());
    if (!"GET".equals(route.method()) && !"DELETE".equals(route.method())) {
      request = request.body("{}");
    }
    return request.request(route.method(), route.concretePath());
  }

  private static JsonPath jsonOf(Response response) {
    try {
      return response.jsonPath();
    } catch (RuntimeException notJson) {
      return JsonPath.from("{}");
    }
  }

  /** One line of {@code spec-routes.csv}. */
  record SpecRoute(
      String module,
      String method,
      String path,
      String dataName,
      String specApi,
      String role,
      List<String> required) {

    static List<SpecRoute> readAll(String resource) {
      try (InputStream in = SpecConformanceIT.class.getResourceAsStream(resource);
          var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return reader
            .lines()
            .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("module,"))
            .map(SpecRoute::parse)
            .toList();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    private static SpecRoute parse(String line) {
      String[] cells = line.split(",", -1);
      List<String> required = cells[6].isEmpty() ? List.of() : Arrays.asList(cells[6].split(";"));
      return new SpecRoute(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], required);
    }

    /** The path with every parameter's name left out: {@code /v1/things/{}}. */
    static String shape(String path) {
      return path.replaceAll("\\{[^}]*}", "{}");
    }

    /** The path with a fresh id (or a permission name) in each parameter. */
    String concretePath() {
      return path.replace("{permissionName}", "enrollment.create")
          .replaceAll("\\{[^}]*}", UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
      return module + " " + method + " " + path;
    }
  }
}
