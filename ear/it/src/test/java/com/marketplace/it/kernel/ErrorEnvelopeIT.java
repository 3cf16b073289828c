package com.marketplace.it.kernel;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import com.marketplace.it.support.KernelDeployment;
import com.marketplace.it.support.Platform;
import com.marketplace.it.support.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every failure answers the spec's error envelope with the right status, and writes nothing. */
class ErrorEnvelopeIT extends KernelDeployment {

  private final Tokens.User admin = Tokens.user(UUID.randomUUID(), "admin");

  @Test
  void malformedJsonIs400() {
    expectError(asAdmin().body("{\"permissionName\": "), 400, "errMsg_malformedRequest");
  }

  @Test
  void aValueOfTheWrongTypeIs400() {
    expectError(
        asAdmin()
            .body(
                "{\"permissionName\":\"a.b\",\"subjectUserId\":\""
                    + UUID.randomUUID()
                    + "\",\"canDo\":\"perhaps\"}"),
        400,
        "errMsg_malformedRequest");
  }

  @Test
  void aMissingRequiredFieldIs400NamingIt() {
    expectError(
            asAdmin().body("{\"permissionName\":\"a.b\",\"canDo\":true}"),
            400,
            "errMsg_validationFailed")
        .body("detail", containsString("subjectUserId"));
  }

  @Test
  void anUnknownRouteIs404() {
    asAdmin()
        .get("/v1/nothing-here")
        .then()
        .statusCode(404)
        .body("message", equalTo("errMsg_routeNotFound"));
  }

  @Test
  void anUnknownIdIs404() {
    asAdmin()
        .get("/v1/permissiongrants/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .body("message", equalTo("errMsg_permissionGrantNotFound"));
  }

  @Test
  void aMalformedIdInThePathIs400NamingTheParameter() {
    asAdmin()
        .get("/v1/permissiongrants/not-a-uuid")
        .then()
        .statusCode(400)
        .body("message", equalTo("errMsg_idisNotAValidID"));
    Platform.as(Tokens.user(UUID.randomUUID(), "student"), "enrollment")
        .get("/v1/enrollments/12345")
        .then()
        .statusCode(400)
        .body("message", equalTo("errMsg_enrollmentIdisNotAValidID"));
  }

  @Test
  void anInvalidFilterIs400() {
    asAdmin()
        .queryParam("subjectUserId", "nobody")
        .get("/v1/permissiongrants")
        .then()
        .statusCode(400)
        .body("message", equalTo("errMsg_subjectUserIdIsNotValid"));
  }

  @Test
  void aDuplicateIs409AndTheFirstStays() {
    UUID subject = UUID.randomUUID();
    asAdmin()
        .body(EnvelopeIT.grant("dup.perm", subject))
        .post("/v1/permissiongrants")
        .then()
        .statusCode(201);

    expectError(
        asAdmin().body(EnvelopeIT.grant("dup.perm", subject)), 409, "errMsg_permissionGrantExists");
    asAdmin()
        .queryParam("subjectUserId", subject)
        .get("/v1/permissiongrants")
        .then()
        .body("paging.totalRowCount", equalTo(1));
  }

  private RequestSpecification asAdmin() {
    return Platform.as(admin, "enrollment");
  }

  private static ValidatableResponse expectError(
      RequestSpecification request, int status, String message) {
    return request
        .post("/v1/permissiongrants")
        .then()
        .statusCode(status)
        .contentType(ContentType.JSON)
        .body("result", equalTo("ERR"))
        .body("status", equalTo(status))
        .body("message", equalTo(message))
        .body("errCode", equalTo(status))
        .body("date", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z"))
        .body("detail", not(containsString("Exception")));
  }
}
