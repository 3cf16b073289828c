package com.marketplace.common.openapi;

import static com.marketplace.common.openapi.Documents.names;
import static com.marketplace.common.openapi.Documents.parse;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Inputs that are not OpenAPI 3 at all are rejected; sloppy fields inside one are tolerated. */
class InvalidInputTest {

  @Test
  void documentWithoutOpenApiFieldIsRejectedWithAClearMessage() {
    JsonObject swagger = Json.createObjectBuilder().add("swagger", "2.0").build();
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class, () -> PostmanCollection.fromOpenApi(swagger, "Old"));
    assertThat(error.getMessage(), containsString("'openapi' version field is missing"));
    assertThat(error.getMessage(), containsString("Swagger 2.0"));
  }

  @Test
  void nullAndNonThreeVersionsAreRejectedToo() {
    JsonObject future = Json.createObjectBuilder().add("openapi", "4.0.0").build();
    IllegalArgumentException wrongVersion =
        assertThrows(
            IllegalArgumentException.class, () -> PostmanCollection.fromOpenApi(future, "X"));
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class, () -> PostmanCollection.fromOpenApi(null, "X"));
    assertThat(wrongVersion.getMessage(), containsString("Unsupported OpenAPI version '4.0.0'"));
    assertThat(missing.getMessage(), containsString("null"));
  }

  @Test
  void wronglyTypedOptionalFieldsAreIgnoredInsteadOfThrowing() {
    JsonObject document =
        parse(
            """
            {"openapi": "3.0.0", "servers": {"url": "x"}, "tags": "a", "security": "yes",
             "components": [],
             "paths": {"/a": {"get": {"tags": [7, "ok"], "parameters": [{"in": "query"}, 3],
                                     "requestBody": {"$ref": "#/components/requestBodies/Nope"}}},
                       "/b": "not a path item"}}
            """);
    JsonObject collection = PostmanCollection.fromOpenApi(document, null);
    assertThat(collection.getJsonObject("info").getString("name"), is("OpenAPI"));
    assertThat(names(collection), contains("ok"));
    assertThat(
        collection.getJsonArray("variable").getJsonObject(0).getString("value"),
        is("http://localhost:8080"));
  }
}
