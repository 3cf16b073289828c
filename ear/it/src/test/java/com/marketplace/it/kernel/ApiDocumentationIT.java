package com.marketplace.it.kernel;

import static com.marketplace.it.support.Platform.module;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;

import com.marketplace.it.support.KernelDeployment;
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
}
