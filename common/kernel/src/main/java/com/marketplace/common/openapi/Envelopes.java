package com.marketplace.common.openapi;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Schemas of the spec's success and error envelopes. */
final class Envelopes {

  private Envelopes() {}

  static void addTo(JsonObjectBuilder schemas) {
    schemas.add(
        "SuccessEnvelope",
        Json.createObjectBuilder()
            .add("type", "object")
            .add(
                "description",
                "Request metadata, then the data under the name given by dataName; lists add"
                    + " paging, filters and uiPermissions.")
            .add(
                "properties",
                Json.createObjectBuilder()
                    .add("status", string("OK"))
                    .add("statusCode", type("integer"))
                    .add("elapsedMs", type("integer"))
                    .add(
                        "ssoTime",
                        type("integer")
                            .add("description", "Milliseconds spent verifying the token"))
                    .add("source", string("db"))
                    .add(
                        "cacheKey",
                        type("string")
                            .add("nullable", true)
                            .add(
                                "description",
                                "32 hex digits naming what a read answers; null for writes"))
                    .add("userId", type("string"))
                    .add("sessionId", type("string"))
                    .add("requestId", type("string"))
                    .add("dataName", type("string"))
                    .add("method", type("string"))
                    .add("action", type("string"))
                    .add("appVersion", type("string"))
                    .add("rowCount", type("integer"))
                    .add(
                        "paging",
                        Json.createObjectBuilder()
                            .add("type", "object")
                            .add(
                                "properties",
                                Json.createObjectBuilder()
                                    .add("pageNumber", type("integer"))
                                    .add("pageRowCount", type("integer"))
                                    .add("totalRowCount", type("integer"))
                                    .add("pageCount", type("integer")))))
            .add("additionalProperties", true));
    schemas.add(
        "ErrorEnvelope",
        Json.createObjectBuilder()
            .add("type", "object")
            .add(
                "properties",
                Json.createObjectBuilder()
                    .add("result", string("ERR"))
                    .add("status", type("integer"))
                    .add("message", type("string"))
                    .add("errCode", type("integer"))
                    .add(
                        "date",
                        Json.createObjectBuilder().add("type", "string").add("format", "date-time"))
                    .add("detail", type("string"))));
  }

  /**
   * The success envelope with {@code answers}'s data under its {@code dataName} (and the object
   * beside it, if any), so that a generated client knows the type of what it gets.
   */
  static JsonObject carrying(Answers answers, JsonSchemas schemas) {
    JsonObject one = schemas.of(answers.type());
    JsonObjectBuilder properties =
        Json.createObjectBuilder()
            .add(
                answers.value(),
                answers.list()
                    ? Json.createObjectBuilder().add("type", "array").add("items", one).build()
                    : one);
    JsonArrayBuilder required = Json.createArrayBuilder().add(answers.value());
    if (!answers.alongside().isEmpty()) {
      properties.add(answers.alongside(), schemas.of(answers.alongsideType()));
      required.add(answers.alongside());
    }
    return Json.createObjectBuilder()
        .add(
            "allOf",
            Json.createArrayBuilder()
                .add(OpenApiDocument.ref("schemas", "SuccessEnvelope"))
                .add(
                    Json.createObjectBuilder()
                        .add("type", "object")
                        .add("required", required)
                        .add("properties", properties)))
        .build();
  }

  static JsonObject errorResponse() {
    return Json.createObjectBuilder()
        .add("description", "The error envelope; message is a key such as errMsg_forbidden")
        .add(
            "content",
            Json.createObjectBuilder()
                .add(
                    "application/json",
                    Json.createObjectBuilder()
                        .add("schema", OpenApiDocument.ref("schemas", "ErrorEnvelope"))))
        .build();
  }

  private static JsonObjectBuilder type(String type) {
    return Json.createObjectBuilder().add("type", type);
  }

  private static JsonObjectBuilder string(String example) {
    return type("string").add("example", example);
  }
}
