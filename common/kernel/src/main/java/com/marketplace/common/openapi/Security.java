package com.marketplace.common.openapi;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** The spec's four token places as OpenAPI security schemes; any one of them authenticates. */
final class Security {

  private static final List<String> SCHEMES =
      List.of("accessTokenQuery", "bearerAuth", "accessTokenHeader", "accessTokenCookie");

  private Security() {}

  static JsonArray anyTokenPlace() {
    JsonArrayBuilder alternatives = Json.createArrayBuilder();
    SCHEMES.forEach(
        scheme ->
            alternatives.add(Json.createObjectBuilder().add(scheme, Json.createArrayBuilder())));
    return alternatives.build();
  }

  static JsonObject schemes(List<String> projectNames) {
    String token = projectNames.isEmpty() ? "<project>" : projectNames.get(0);
    return Json.createObjectBuilder()
        .add("accessTokenQuery", apiKey("query", "access_token"))
        .add(
            "bearerAuth",
            Json.createObjectBuilder()
                .add("type", "http")
                .add("scheme", "bearer")
                .add("bearerFormat", "JWT"))
        .add("accessTokenHeader", apiKey("header", token + "-access-token"))
        .add("accessTokenCookie", apiKey("cookie", token + "-access-token"))
        .build();
  }

  private static JsonObjectBuilder apiKey(String in, String name) {
    return Json.createObjectBuilder().add("type", "apiKey").add("in", in).add("name", name);
  }
}
