package com.marketplace.common.openapi;

import static com.marketplace.common.openapi.Documents.entry;
import static com.marketplace.common.openapi.Documents.marketplaceCollection;
import static com.marketplace.common.openapi.Documents.names;
import static com.marketplace.common.openapi.Documents.request;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The collection converted from the realistic sample document, outside of request bodies. */
class PostmanCollectionTest {

  private final JsonObject collection = marketplaceCollection();

  @Test
  void infoCarriesNameDescriptionV21SchemaAndIdDerivedFromTheName() {
    JsonObject info = collection.getJsonObject("info");
    assertThat(info.getString("name"), is("Marketplace"));
    assertThat(
        info.getString("description"),
        is("Courses, enrollments and the catalogue of the marketplace."));
    assertThat(
        info.getString("schema"),
        is("https://schema.getpostman.com/json/collection/v2.1.0/collection.json"));
    assertThat(
        info.getString("_postman_id"),
        is(UUID.nameUUIDFromBytes("Marketplace".getBytes(StandardCharsets.UTF_8)).toString()));
  }

  @Test
  void baseUrlComesFromTheFirstServerWithVariablesFilledAndNoTrailingSlash() {
    assertThat(
        collection.getJsonArray("variable").getJsonObject(0).getString("key"), is("baseUrl"));
    assertThat(
        collection.getJsonArray("variable").getJsonObject(0).getString("value"),
        is("https://staging.marketplace.example/api"));
    assertThat(
        collection.getJsonArray("variable").getJsonObject(1).getString("key"), is("accessToken"));
    assertThat(collection.getJsonArray("variable").getJsonObject(1).getString("value"), is(""));
  }

  @Test
  void globalSecurityGivesTheCollectionABearerTokenFromTheAccessTokenVariable() {
    JsonObject auth = collection.getJsonObject("auth");
    assertThat(auth.getString("type"), is("bearer"));
    assertThat(auth.getJsonArray("bearer").getJsonObject(0).getString("key"), is("token"));
    assertThat(
        auth.getJsonArray("bearer").getJsonObject(0).getString("value"), is("{{accessToken}}"));
  }

  @Test
  void foldersFollowDeclaredTagsThenFirstUseAndSkipUnusedTags() {
    assertThat(names(collection), contains("catalog", "enrollments", "default", "admin"));
    assertThat(
        Documents.folder(collection, "catalog").getString("description"),
        is("Browse and curate categories"));
  }

  @Test
  void requestsAreNamedBySummaryThenOperationIdThenMethodAndPath() {
    assertThat(
        names(Documents.folder(collection, "enrollments")),
        contains("Get enrollment", "updateEnrollment", "Create enrollment"));
    assertThat(
        names(Documents.folder(collection, "catalog")),
        contains("List categories", "POST /v1/categories"));
    assertThat(names(Documents.folder(collection, "admin")), contains("reindex"));
  }

  @Test
  void untaggedOperationsLandInTheDefaultFolder() {
    assertThat(names(Documents.folder(collection, "default")), contains("Health check"));
  }

  @Test
  void urlTurnsPathTemplatesIntoPostmanVariablesAndListsEveryQueryParameter() {
    JsonObject url = request(collection, "enrollments", "Get enrollment").getJsonObject("url");
    assertThat(
        url.getString("raw"),
        is("{{baseUrl}}/v1/enrollments/:enrollmentId?pageNumber=&pageSize=20&currency=EUR"));
    assertThat(url.getJsonArray("host").getString(0), is("{{baseUrl}}"));
    assertThat(
        url.getJsonArray("path").getValuesAs(JsonString::getString),
        contains("v1", "enrollments", ":enrollmentId"));
  }

  @Test
  void pathVariableTakesDescriptionAndExampleFromTheReferencedParameter() {
    JsonObject url = request(collection, "enrollments", "Get enrollment").getJsonObject("url");
    JsonObject variable = entry(url.getJsonArray("variable"), "enrollmentId");
    assertThat(variable.getString("value"), is("0b7d4c52-1111-4e2a-9a9e-5d1c7f3e2a10"));
    assertThat(variable.getString("description"), is("Enrollment identifier"));
  }

  @Test
  void optionalQueryParametersStartDisabledAndRequiredOnesEnabled() {
    JsonObject url = request(collection, "enrollments", "Get enrollment").getJsonObject("url");
    assertThat(entry(url.getJsonArray("query"), "pageSize").getBoolean("disabled"), is(true));
    assertThat(entry(url.getJsonArray("query"), "pageSize").getString("value"), is("20"));
    assertThat(entry(url.getJsonArray("query"), "currency"), not(hasKey("disabled")));
    assertThat(entry(url.getJsonArray("query"), "currency").getString("value"), is("EUR"));
  }

  @Test
  void operationParameterOverridesThePathLevelOneWithTheSameNameAndLocation() {
    JsonObject get = request(collection, "enrollments", "Get enrollment");
    JsonObject put = request(collection, "enrollments", "updateEnrollment");
    assertThat(get.getJsonObject("url").getJsonArray("query").size(), is(3));
    assertThat(
        entry(get.getJsonObject("url").getJsonArray("query"), "pageNumber")
            .getString("description"),
        is("Page of payments, from 1"));
    assertThat(
        entry(put.getJsonObject("url").getJsonArray("query"), "pageNumber"),
        not(hasKey("description")));
  }

  @Test
  void headerParametersBecomeHeadersExceptTheOnesOpenApiReserves() {
    JsonObject get = request(collection, "enrollments", "Get enrollment");
    assertThat(
        get.getJsonArray("header").stream().map(h -> h.asJsonObject().getString("key")).toList(),
        contains("X-Request-Id", "X-Tenant"));
    assertThat(entry(get.getJsonArray("header"), "X-Tenant").getString("value"), is("acme"));
    assertThat(entry(get.getJsonArray("header"), "X-Request-Id").getBoolean("disabled"), is(true));
  }

  @Test
  void operationDescriptionBecomesTheRequestDescription() {
    JsonObject get = request(collection, "enrollments", "Get enrollment");
    assertThat(get.getString("method"), is("GET"));
    assertThat(get.getString("description"), is("Returns one enrollment with its payments."));
  }

  @Test
  void publicOperationsOptOutOfTheCollectionTokenWhileOthersInheritIt() {
    assertThat(
        request(collection, "default", "Health check").getJsonObject("auth").getString("type"),
        is("noauth"));
    assertThat(
        request(collection, "catalog", "List categories").getJsonObject("auth").getString("type"),
        is("noauth"));
    assertThat(request(collection, "enrollments", "Create enrollment"), not(hasKey("auth")));
  }

  @Test
  void requestWithoutBodyHasNoBodyAndNoContentType() {
    JsonObject health = request(collection, "default", "Health check");
    assertThat(health, not(hasKey("body")));
    assertThat(health.getJsonArray("header"), is(empty()));
    assertThat(health.getJsonObject("url").getString("raw"), is("{{baseUrl}}/health"));
  }

  @Test
  void convertingTheSameDocumentTwiceGivesIdenticalJson() {
    assertThat(marketplaceCollection().toString(), is(collection.toString()));
  }
}
