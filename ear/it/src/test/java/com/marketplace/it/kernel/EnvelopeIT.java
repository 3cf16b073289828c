package com.marketplace.it.kernel;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.marketplace.it.support.KernelDeployment;
import com.marketplace.it.support.Platform;
import com.marketplace.it.support.Tokens;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Success envelopes, paging and common parameters as the spec shows them, field by field. */
class EnvelopeIT extends KernelDeployment {

  private final Tokens.User admin = Tokens.user(UUID.randomUUID(), "admin");

  @Test
  void createAnswers201WithTheRecordUnderItsDataName() {
    UUID subject = UUID.randomUUID();
    asAdmin()
        .queryParam("requestId", "trace-42")
        .body(grant("enrollment.create", subject))
        .post("/v1/permissiongrants")
        .then()
        .statusCode(201)
        .header("X-Request-Id", "trace-42")
        .body("status", equalTo("OK"))
        .body("statusCode", equalTo(201))
        .body("elapsedMs", greaterThanOrEqualTo(0))
        .body("ssoTime", greaterThanOrEqualTo(0))
        .body("source", equalTo("db"))
        .body("cacheKey", nullValue())
        .body("userId", equalTo(admin.id().toString()))
        .body("sessionId", notNullValue())
        .body("requestId", equalTo("trace-42"))
        .body("dataName", equalTo("permissionGrant"))
        .body("method", equalTo("POST"))
        .body("action", equalTo("create"))
        .body("appVersion", notNullValue())
        .body("rowCount", equalTo(1))
        .body("permissionGrant.id", matchesPattern("[0-9a-f-]{36}"))
        .body("permissionGrant.subjectUserId", equalTo(subject.toString()))
        .body("permissionGrant.isActive", equalTo(true))
        .body("permissionGrant.recordVersion", equalTo(1))
        .body("permissionGrant.createdAt", notNullValue())
        .body("permissionGrant.updatedAt", notNullValue())
        .body("permissionGrant._owner", equalTo(admin.id().toString()));
  }

  @Test
  void aMissingRequestIdIsA32HexDefault() {
    asAdmin()
        .get("/v1/permissiongrants")
        .then()
        .statusCode(200)
        .body("requestId", matchesPattern("[0-9a-f]{32}"));
  }

  @Test
  void everyModuleNamesEachReadWithACacheKeyAndTimesTheTokenCheck() {
    for (String module : List.of("enrollment", "booking", "payments")) {
      String first = readGrants(module, "one", 1);

      assertThat(module, first, matchesPattern("[0-9a-f]{32}"));
      assertThat(module, readGrants(module, "two", 1), equalTo(first));
      assertThat(module, readGrants(module, "three", 2), not(equalTo(first)));
    }
  }

  @Test
  void aBusinessRouteCarriesSsoTimeAndCacheKeyToo() {
    Platform.as(Tokens.user(admin.tenant(), "guest"), "booking")
        .get("/v1/reservations")
        .then()
        .statusCode(200)
        .body("dataName", equalTo("reservations"))
        .body("ssoTime", both(greaterThanOrEqualTo(0)).and(lessThanOrEqualTo(60_000)))
        .body("cacheKey", matchesPattern("[0-9a-f]{32}"));
  }

  /** The cacheKey of one page of grants, read with its own request id. */
  private String readGrants(String module, String requestId, int pageNumber) {
    var body =
        Platform.as(admin, module)
            .queryParam("requestId", requestId)
            .queryParam("pageNumber", pageNumber)
            .get("/v1/permissiongrants")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(body.getLong("ssoTime"), lessThanOrEqualTo(body.getLong("elapsedMs")));
    return body.getString("cacheKey");
  }

  @Test
  void deleteIsSoftAndReturnsTheLastState() {
    String id = create(UUID.randomUUID());

    asAdmin()
        .delete("/v1/permissiongrants/" + id)
        .then()
        .statusCode(200)
        .body("action", equalTo("delete"))
        .body("permissionGrant.isActive", equalTo(false))
        .body("permissionGrant.recordVersion", equalTo(2));
    asAdmin()
        .get("/v1/permissiongrants/" + id)
        .then()
        .statusCode(200)
        .body("permissionGrant.isActive", equalTo(false));
  }

  @Test
  void listsPageByPage() {
    UUID subject = UUID.randomUUID();
    for (String permission : new String[] {"a.one", "a.two", "a.three"}) {
      asAdmin()
          .body(grant(permission, subject))
          .post("/v1/permissiongrants")
          .then()
          .statusCode(201);
    }

    page(subject, 1)
        .then()
        .statusCode(200)
        .body("action", equalTo("list"))
        .body("dataName", equalTo("permissionGrants"))
        .body("rowCount", equalTo(2))
        .body("permissionGrants", hasSize(2))
        .body("paging.pageNumber", equalTo(1))
        .body("paging.pageRowCount", equalTo(2))
        .body("paging.totalRowCount", equalTo(3))
        .body("paging.pageCount", equalTo(2))
        .body("filters[0].name", equalTo("subjectUserId"))
        .body("uiPermissions", hasSize(0));
    page(subject, 2).then().body("permissionGrants", hasSize(1));
    page(subject, 3).then().statusCode(200).body("permissionGrants", hasSize(0));
    page(subject, 0)
        .then()
        .body("permissionGrants", hasSize(3))
        .body("paging.pageCount", equalTo(1));
  }

  private io.restassured.response.Response page(UUID subject, int pageNumber) {
    return asAdmin()
        .queryParam("subjectUserId", subject)
        .queryParam("pageRowCount", 2)
        .queryParam("pageNumber", pageNumber)
        .get("/v1/permissiongrants");
  }

  @Test
  void refusesInvalidCommonParameters() {
    Map.of(
            "pageNumber", "-1",
            "pageRowCount", "501",
            "getJoins", "maybe",
            "requestId", "has spaces",
            "cacheTTL", "soon")
        .forEach(
            (name, value) ->
                asAdmin()
                    .queryParam(name, value)
                    .get("/v1/permissiongrants")
                    .then()
                    .statusCode(400)
                    .body("message", equalTo("errMsg_" + name + "IsNotValid")));
  }

  private RequestSpecification asAdmin() {
    return Platform.as(admin, "enrollment");
  }

  private String create(UUID subject) {
    return asAdmin()
        .body(grant("x.y", subject))
        .post("/v1/permissiongrants")
        .then()
        .statusCode(201)
        .extract()
        .path("permissionGrant.id");
  }

  static Map<String, Object> grant(String permission, UUID subject) {
    return Map.of("permissionName", permission, "subjectUserId", subject.toString(), "canDo", true);
  }
}
