package com.marketplace.common.openapi;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** The spec's common query parameters, as reusable OpenAPI parameter components. */
final class CommonParameterSchemas {

  /** Those that matter to reads; {@code requestId} applies to every route. */
  static final List<String> LIST_PARAMETERS =
      List.of("pageNumber", "pageRowCount", "getJoins", "excludeCQRS", "caching", "cacheTTL");

  private CommonParameterSchemas() {}

  static JsonObject all() {
    return Json.createObjectBuilder()
        .add(
            "pageNumber",
            query("pageNumber", integer(1, 0, null), "Page from 1; 0 returns every row"))
        .add("pageRowCount", query("pageRowCount", integer(25, 1, 500), "Rows per page"))
        .add("getJoins", query("getJoins", bool(true), "Include joined objects"))
        .add(
            "excludeCQRS",
            query(
                "excludeCQRS",
                bool(false),
                "With getJoins, leaves out the joins of other services' objects (non-local)"))
        .add("caching", query("caching", bool(false), "Accepted; answers are never cached"))
        .add(
            "cacheTTL",
            query("cacheTTL", integer(0, 0, 86_400), "Accepted; answers are never cached"))
        .add(
            "requestId",
            query(
                "requestId",
                Json.createObjectBuilder()
                    .add("type", "string")
                    .add("pattern", "^[A-Za-z0-9._-]{1,64}$")
                    .build(),
                "Echoed in the envelope, the X-Request-Id header and the logs; a random 32-hex id by default"))
        .build();
  }

  private static JsonObject query(String name, JsonObject schema, String description) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("in", "query")
        .add("required", false)
        .add("description", description)
        .add("schema", schema)
        .build();
  }

  private static JsonObject integer(int defaultValue, int minimum, Integer maximum) {
    JsonObjectBuilder schema =
        Json.createObjectBuilder()
            .add("type", "integer")
            .add("default", defaultValue)
            .add("minimum", minimum);
    return maximum == null ? schema.build() : schema.add("maximum", maximum).build();
  }

  private static JsonObject bool(boolean defaultValue) {
    return Json.createObjectBuilder().add("type", "boolean").add("default", defaultValue).build();
  }
}
