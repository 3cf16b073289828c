package com.marketplace.it.kernel;

import static com.marketplace.it.support.Platform.module;
import static org.hamcrest.Matchers.equalTo;

import com.marketplace.it.support.KernelDeployment;
import com.marketplace.it.support.Tokens;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tokens are found in the spec's four places, in its order, and only valid ones count. */
class AuthenticationIT extends KernelDeployment {

  private static final Tokens.User STUDENT = Tokens.user(UUID.randomUUID(), "student");
  private static final String GARBAGE = "not.a.token";

  /** The four places, in the order the server must search them. */
  enum Place {
    QUERY((r, t) -> r.queryParam("access_token", t)),
    BEARER((r, t) -> r.header("Authorization", "Bearer " + t)),
    HEADER((r, t) -> r.header("tutorhub-access-token", t)),
    COOKIE((r, t) -> r.cookie("tutorhub-access-token", t));

    final BiFunction<RequestSpecification, String, RequestSpecification> put;

    Place(BiFunction<RequestSpecification, String, RequestSpecification> put) {
      this.put = put;
    }
  }

  @ParameterizedTest
  @MethodSource("places")
  void acceptsATokenInEachPlace(Place place) {
    place
        .put
        .apply(module("enrollment"), STUDENT.token())
        .get("/currentuser")
        .then()
        .statusCode(200)
        .body("userId", equalTo(STUDENT.id().toString()))
        .body("tenantId", equalTo(STUDENT.tenant().toString()))
        .body("roleId", equalTo("student"));
  }

  static Stream<Arguments> precedence() {
    return Stream.of(
        Arguments.of(Place.QUERY, Place.BEARER),
        Arguments.of(Place.BEARER, Place.HEADER),
        Arguments.of(Place.HEADER, Place.COOKIE));
  }

  @ParameterizedTest
  @MethodSource("precedence")
  void theFirstPlaceFoundWins(Place first, Place later) {
    RequestSpecification validFirst = later.put.apply(module("enrollment"), GARBAGE);
    first.put.apply(validFirst, STUDENT.token()).get("/permissions").then().statusCode(200);

    RequestSpecification invalidFirst = later.put.apply(module("enrollment"), STUDENT.token());
    first.put.apply(invalidFirst, GARBAGE).get("/permissions").then().statusCode(401);
  }

  @Test
  void eachModuleReadsItsOwnProjectHeader() {
    module("booking")
        .header("tutorhub-access-token", STUDENT.token())
        .get("/permissions")
        .then()
        .statusCode(401);
    module("booking")
        .header("airbnb3-access-token", STUDENT.token())
        .get("/permissions")
        .then()
        .statusCode(200);
  }

  @Test
  void refusesAnExpiredToken() {
    assertInvalid(STUDENT.expiredToken());
  }

  @Test
  void refusesATokenSignedByAnotherKey() throws Exception {
    assertInvalid(STUDENT.foreignSignedToken());
  }

  @Test
  void refusesAnUnsignedToken() {
    assertInvalid(STUDENT.unsignedToken());
  }

  @ParameterizedTest(name = "{0} without a token")
  @ValueSource(strings = {"/permissions", "/currentuser"})
  void asksForALoginWithTheSameErrorEnvelopeWhenThereIsNoToken(String route) {
    module("enrollment")
        .get(route)
        .then()
        .statusCode(401)
        .body("result", equalTo("ERR"))
        .body("status", equalTo(401))
        .body("message", equalTo("errMsg_loginRequired"))
        .body("detail", equalTo("No login found"));
  }

  @Test
  void publicRoutesStayPublicEvenWithABadToken() {
    module("enrollment")
        .header("Authorization", "Bearer " + STUDENT.expiredToken())
        .get("/health")
        .then()
        .statusCode(200);
  }

  @Test
  void refusesARoleThatMayNotUseTheRoute() {
    module("enrollment")
        .auth()
        .oauth2(STUDENT.token())
        .get("/v1/audit")
        .then()
        .statusCode(403)
        .body("message", equalTo("errMsg_forbidden"));
  }

  @Test
  void adminHealthIsForAdminsOnly() {
    module("payments").auth().oauth2(STUDENT.token()).get("/admin/health").then().statusCode(403);
    module("payments")
        .auth()
        .oauth2(Tokens.user(UUID.randomUUID(), "admin").token())
        .get("/admin/health")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("module", equalTo("payments"))
        .body("database", org.hamcrest.Matchers.startsWith("UP (PostgreSQL 17"));
  }

  static Stream<Place> places() {
    return Stream.of(Place.values());
  }

  private static void assertInvalid(String token) {
    module("enrollment")
        .auth()
        .oauth2(token)
        .get("/permissions")
        .then()
        .statusCode(401)
        .body("message", equalTo("errMsg_invalidToken"));
  }
}
