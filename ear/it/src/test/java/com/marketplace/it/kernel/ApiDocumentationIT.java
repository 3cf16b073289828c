package com.marketplace.it.kernel;

import static com.marketplace.it.support.Platform.module;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import com.marketplace.it.support.KernelDeployment;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each module documents itself: OpenAPI, Swagger UI and a Postman collection, all public. */
class ApiDocumentationIT extends KernelDeployment {

  @Test
  void servesItsOpenApiDocumentWithTheKernelsRoutes() {
    module("enrollment")
        .get("/openapi")
        .then()
        .statusCode(200)
        .body("openapi", equalTo("3.0.3"))
        .body("servers[0].url", equalTo("/enrollment"))
        .body("paths", hasKey("/currentuser"))
        .body("paths", hasKey("/v1/permissiongrants/{id}"))
        .body(
            "paths.'/v1/permissiongrants'.post.requestBody.content.'application/json'.schema.'$ref'",
            equalTo("#/components/schemas/NewGrant"))
        .body(
            "components.schemas.NewGrant.required",
            hasItems("permissionName", "subjectUserId", "canDo"))
        .body("paths.'/health'.get.security.size()", equalTo(0))
        .body(
            "components.securitySchemes.accessTokenHeader.name", equalTo("tutorhub-access-token"));
  }

  @Test
  void namesEachModulesOwnTokenHeader() {
    module("booking")
        .get("/openapi")
        .then()
        .body("components.securitySchemes.accessTokenCookie.name", equalTo("airbnb3-access-token"));
  }

  @Test
  void servesSwaggerUi() {
    module("enrollment")
        .get("/swagger")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .body(containsString("swagger-ui-bundle.js"));
    module("enrollment")
        .get("/swagger/swagger-ui-bundle.js")
        .then()
        .statusCode(200)
        .contentType(containsString("javascript"));
    module("enrollment").get("/swagger/nothing.js").then().statusCode(404);
  }

  @Test
  void servesAPostmanCollection() {
    module("enrollment")
        .get("/getPostmanCollection")
        .then()
        .statusCode(200)
        .body(
            "info.schema",
            equalTo("https://schema.getpostman.com/json/collection/v2.1.0/collection.json"))
        .body("item.name", hasItems("Session", "PermissionGrant", "Audit"));
  }

  @Test
  void everyOperationHasItsOwnNamedIdAndATypedSuccessAnswer() {
    for (String name : List.of("enrollment", "booking", "payments")) {
      JsonPath document = module(name).get("/openapi").then().statusCode(200).extract().jsonPath();
      Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
      List<String> ids = new ArrayList<>();
      List<String> untyped = new ArrayList<>();
      paths.forEach(
          (path, operations) ->
              operations.forEach(
                  (method, operation) -> {
                    ids.add((String) operation.get("operationId"));
                    if (!hasTypedSuccess(operation) && !isRedirect(operation)) {
                      untyped.add(method + " " + path);
                    }
                  }));

      assertThat(name, ids, everyItem(matchesPattern("[a-z]+[A-Z][A-Za-z]*\\d?")));
      assertThat(name, Set.copyOf(ids), hasSize(ids.size()));
      for (String id : ids) {
        assertThat(name, ids, not(hasItem(matchesPattern(Pattern.quote(id) + "\\d+"))));
      }
      assertThat(name, untyped, empty());
    }
  }

  @Test
  void theCalendarUploadIsDeclaredAsTextCalendar() {
    module("booking")
        .get("/openapi")
        .then()
        .body(
            "paths.'/v1/listings/{listingId}/icalimports/upload'.post.requestBody.content.keySet()",
            hasItems("text/calendar", "text/plain"))
        .body(
            "paths.'/v1/listings/{listingId}/icalimports/upload'.post.requestBody.content.'text/calendar'.schema.type",
            equalTo("string"))
        .body(
            "paths.'/v1/listings/{listingId}/icalimports/upload'.post.operationId",
            equalTo("uploadIcalImport"))
        .body(
            "paths.'/v1/listings/{listingId}/calendar.ics'.get.responses.'200'.content.keySet()",
            hasItems("text/calendar"));
  }

  /** A browser redirect (the payment return page): a 3xx answer that names its Location. */
  @SuppressWarnings("unchecked")
  private static boolean isRedirect(Map<String, Object> operation) {
    Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
    return responses.entrySet().stream()
        .anyMatch(
            response ->
                response.getKey().startsWith("3")
                    && ((Map<String, Object>) response.getValue()).get("headers")
                        instanceof Map<?, ?> headers
                    && headers.containsKey("Location"));
  }

  /**
   * A 2xx answer with a schema; when that schema is the success envelope, it names its data (the
   * envelope alone tells a generator nothing about the data).
   */
  @SuppressWarnings("unchecked")
  private static boolean hasTypedSuccess(Map<String, Object> operation) {
    Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
    for (var response : responses.entrySet()) {
      if (!response.getKey().startsWith("2")) {
        continue;
      }
      Map<String, Object> content =
          (Map<String, Object>) ((Map<String, Object>) response.getValue()).get("content");
      if (content == null || content.isEmpty()) {
        return false;
      }
      for (Object media : content.values()) {
        Map<String, Object> schema =
            (Map<String, Object>) ((Map<String, Object>) media).get("schema");
        if (schema == null
            || schema.isEmpty()
            || "#/components/schemas/SuccessEnvelope".equals(schema.get("$ref"))) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
