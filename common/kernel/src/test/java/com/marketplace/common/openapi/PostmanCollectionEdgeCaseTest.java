package com.marketplace.common.openapi;

import static com.marketplace.common.openapi.Documents.get;
import static com.marketplace.common.openapi.Documents.names;
import static com.marketplace.common.openapi.Documents.openApi;
import static com.marketplace.common.openapi.Documents.request;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

/** Sparse and unusual but valid documents, built inline with JSON-P. */
class PostmanCollectionEdgeCaseTest {

  @Test
  void documentWithEmptyPathsAndNoServersOrComponentsGivesAnEmptyCollectionOnLocalhost() {
    JsonObject collection =
        PostmanCollection.fromOpenApi(openApi(Json.createObjectBuilder()).build(), "Tiny");
    assertThat(collection.getJsonArray("item"), is(empty()));
    assertThat(
        collection.getJsonArray("variable").getJsonObject(0).getString("value"),
        is("http://localhost:8080"));
    assertThat(collection, not(hasKey("auth")));
    assertThat(collection.getJsonObject("info"), not(hasKey("description")));
  }

  @Test
  void blankCollectionNameFallsBackToTheDocumentTitle() {
    JsonObject collection =
        PostmanCollection.fromOpenApi(openApi(Json.createObjectBuilder()).build(), " ");
    assertThat(collection.getJsonObject("info").getString("name"), is("Tiny"));
  }

  @Test
  void relativeServerUrlIsResolvedAgainstLocalhost() {
    JsonObject document =
        openApi(Json.createObjectBuilder())
            .add(
                "servers",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("url", "/marketplace/")))
            .build();
    JsonObject variable =
        PostmanCollection.fromOpenApi(document, "Tiny").getJsonArray("variable").getJsonObject(0);
    assertThat(variable.getString("value"), is("http://localhost:8080/marketplace"));
  }

  @Test
  void nonHttpKeysOfAPathItemAreNotTurnedIntoRequests() {
    JsonObjectBuilder pathItem =
        get(Json.createObjectBuilder())
            .add("summary", "Things")
            .add("description", "All the things")
            .add("servers", Json.createArrayBuilder())
            .add("parameters", Json.createArrayBuilder())
            .add("x-internal", Json.createObjectBuilder());
    JsonObject collection =
        PostmanCollection.fromOpenApi(
            openApi(Json.createObjectBuilder().add("/things", pathItem)).build(), "Tiny");
    assertThat(names(collection), contains("default"));
    assertThat(names(Documents.folder(collection, "default")), contains("GET /things"));
  }

  @Test
  void undeclaredPathTemplateVariableStillGetsAnEmptyPostmanVariable() {
    JsonObject collection =
        PostmanCollection.fromOpenApi(
            openApi(
                    Json.createObjectBuilder()
                        .add("/files/{fileId}", get(Json.createObjectBuilder())))
                .build(),
            "Tiny");
    JsonObject url = request(collection, "default", "GET /files/{fileId}").getJsonObject("url");
    assertThat(url.getString("raw"), is("{{baseUrl}}/files/:fileId"));
    assertThat(
        url.getJsonArray("variable").getJsonObject(0),
        is(Json.createObjectBuilder().add("key", "fileId").add("value", "").build()));
  }

  @Test
  void bodyWithoutSchemaOrJsonMediaTypeDegradesGracefully() {
    JsonObjectBuilder noSchema =
        Json.createObjectBuilder()
            .add(
                "requestBody",
                Json.createObjectBuilder()
                    .add(
                        "content",
                        Json.createObjectBuilder()
                            .add("application/json", Json.createObjectBuilder())));
    JsonObjectBuilder formOnly =
        Json.createObjectBuilder()
            .add(
                "requestBody",
                Json.createObjectBuilder()
                    .add(
                        "content",
                        Json.createObjectBuilder()
                            .add("application/x-www-form-urlencoded", Json.createObjectBuilder())));
    JsonObject collection =
        PostmanCollection.fromOpenApi(
            openApi(
                    Json.createObjectBuilder()
                        .add("/a", Json.createObjectBuilder().add("post", noSchema))
                        .add("/b", Json.createObjectBuilder().add("post", formOnly)))
                .build(),
            "Tiny");
    assertThat(
        request(collection, "default", "POST /a").getJsonObject("body").getString("raw"), is("{}"));
    assertThat(request(collection, "default", "POST /b"), not(hasKey("body")));
  }

  @Test
  void mediaTypeExampleIsUsedVerbatimInsteadOfTheSchemaSample() {
    JsonObjectBuilder media =
        Json.createObjectBuilder()
            .add("schema", Json.createObjectBuilder().add("type", "object"))
            .add(
                "examples",
                Json.createObjectBuilder()
                    .add(
                        "first",
                        Json.createObjectBuilder()
                            .add("value", Json.createObjectBuilder().add("sku", "A-1"))));
    JsonObjectBuilder post =
        Json.createObjectBuilder()
            .add(
                "requestBody",
                Json.createObjectBuilder()
                    .add("content", Json.createObjectBuilder().add("application/json", media)));
    JsonObject collection =
        PostmanCollection.fromOpenApi(
            openApi(
                    Json.createObjectBuilder()
                        .add("/items", Json.createObjectBuilder().add("post", post)))
                .build(),
            "Tiny");
    assertThat(
        request(collection, "default", "POST /items").getJsonObject("body").getString("raw"),
        is("{\n  \"sku\": \"A-1\"\n}"));
  }
}
