package com.marketplace.common.openapi;

import static com.marketplace.common.openapi.Documents.get;
import static com.marketplace.common.openapi.Documents.openApi;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

/** When the collection gets a bearer token without a global security requirement. */
class CollectionAuthTest {

  private static JsonObjectBuilder bearerScheme() {
    return Json.createObjectBuilder()
        .add(
            "securitySchemes",
            Json.createObjectBuilder()
                .add(
                    "jwt", Json.createObjectBuilder().add("type", "http").add("scheme", "Bearer")));
  }

  private static JsonArrayBuilder requirement(String scheme) {
    return Json.createArrayBuilder()
        .add(Json.createObjectBuilder().add(scheme, Json.createArrayBuilder()));
  }

  @Test
  void operationUsingABearerSchemeTurnsOnCollectionAuthWithoutGlobalSecurity() {
    JsonObject document =
        openApi(
                Json.createObjectBuilder()
                    .add(
                        "/me", get(Json.createObjectBuilder().add("security", requirement("jwt")))))
            .add("components", bearerScheme())
            .build();
    assertThat(
        PostmanCollection.fromOpenApi(document, "Tiny").getJsonObject("auth").getString("type"),
        is("bearer"));
  }

  @Test
  void nonBearerSchemesAloneLeaveTheCollectionWithoutAuth() {
    JsonObject document =
        openApi(
                Json.createObjectBuilder()
                    .add(
                        "/me",
                        get(Json.createObjectBuilder().add("security", requirement("apiKey")))))
            .add("components", bearerScheme())
            .build();
    assertThat(PostmanCollection.fromOpenApi(document, "Tiny"), not(hasKey("auth")));
  }
}
