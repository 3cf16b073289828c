package com.marketplace.common.openapi;

import static com.marketplace.common.openapi.Documents.body;
import static com.marketplace.common.openapi.Documents.entry;
import static com.marketplace.common.openapi.Documents.marketplaceCollection;
import static com.marketplace.common.openapi.Documents.request;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Request bodies sampled from the sample document's referenced, composed and recursive schemas. */
class RequestBodyTest {

  private final JsonObject collection = marketplaceCollection();
  private final JsonObject create = request(collection, "enrollments", "Create enrollment");

  @Test
  void jsonBodyIsRawPrettyJsonMarkedAsJsonWithAContentTypeHeader() {
    JsonObject bodySpec = create.getJsonObject("body");
    assertThat(bodySpec.getString("mode"), is("raw"));
    assertThat(
        bodySpec.getString("raw"), startsWith("{\n  \"createdAt\": \"2024-01-01T00:00:00Z\",\n"));
    assertThat(
        bodySpec.getJsonObject("options").getJsonObject("raw").getString("language"), is("json"));
    assertThat(
        entry(create.getJsonArray("header"), "Content-Type").getString("value"),
        is("application/json"));
  }

  @Test
  void allOfMergesTheReferencedBaseWithTheOwnPropertiesInOrder() {
    assertThat(
        body(create).keySet(),
        contains("createdAt", "courseId", "student", "status", "startDate", "price", "notes"));
  }

  @Test
  void readOnlyPropertiesAreLeftOutOfRequestBodies() {
    assertThat(body(create), not(hasKey("id")));
  }

  @Test
  void authoredExamplesAndFirstEnumValueWinOverPlaceholders() {
    JsonObject enrollment = body(create);
    assertThat(enrollment.getInt("courseId"), is(42));
    assertThat(enrollment.getString("status"), is("PENDING"));
  }

  @Test
  void placeholdersFollowTypeAndFormat() {
    JsonObject enrollment = body(create);
    assertThat(enrollment.getString("startDate"), is("2024-01-01"));
    assertThat(enrollment.getJsonNumber("price").toString(), is("0.0"));
    assertThat(
        enrollment.getJsonArray("notes"), is(Json.createArrayBuilder().add("string").build()));
  }

  @Test
  void nestedReferencesAreExpandedWithTheirDefaults() {
    JsonObject student = body(create).getJsonObject("student");
    assertThat(student.getString("email"), is("user@example.com"));
    assertThat(student.getString("fullName"), is("Ada Lovelace"));
    assertThat(student.getJsonObject("address").getString("city"), is("string"));
    assertThat(student.getJsonObject("address").getString("country"), is("FR"));
  }

  @Test
  void referencedRequestBodyWithAJsonVariantMediaTypeIsSampled() {
    JsonObject update = request(collection, "enrollments", "updateEnrollment");
    assertThat(update.getString("method"), is("PUT"));
    assertThat(
        body(update),
        is(Json.createObjectBuilder().add("status", "PENDING").add("paid", true).build()));
    assertThat(
        entry(update.getJsonArray("header"), "Content-Type").getString("value"),
        is("application/merge-patch+json"));
  }

  @Test
  void recursiveSchemaStopsAtTheFirstRepetition() {
    JsonObject category = body(request(collection, "catalog", "POST /v1/categories"));
    assertThat(
        category,
        is(
            Json.createObjectBuilder()
                .add("name", "Music")
                .add("children", Json.createArrayBuilder())
                .build()));
  }
}
