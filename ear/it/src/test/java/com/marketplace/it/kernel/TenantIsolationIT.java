package com.marketplace.it.kernel;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.marketplace.it.support.KernelDeployment;
import com.marketplace.it.support.Platform;
import com.marketplace.it.support.Tokens;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Another tenant's records are indistinguishable from missing ones, on every kernel route. */
class TenantIsolationIT extends KernelDeployment {

  private final Tokens.User adminA = Tokens.user(UUID.randomUUID(), "admin");
  private final Tokens.User adminB = Tokens.user(UUID.randomUUID(), "admin");
  private final UUID subject = UUID.randomUUID();
  private String grantOfA;

  @BeforeEach
  void tenantAGrantsAPermission() {
    grantOfA =
        as(adminA)
            .body(EnvelopeIT.grant("isolation.test", subject))
            .post("/v1/permissiongrants")
            .then()
            .statusCode(201)
            .extract()
            .path("permissionGrant.id");
  }

  @Test
  void anotherTenantCannotReadIt() {
    as(adminB)
        .get("/v1/permissiongrants/" + grantOfA)
        .then()
        .statusCode(404)
        .body("message", equalTo("errMsg_permissionGrantNotFound"));
  }

  @Test
  void anotherTenantCannotRevokeIt() {
    as(adminB).delete("/v1/permissiongrants/" + grantOfA).then().statusCode(404);
    as(adminA)
        .get("/v1/permissiongrants/" + grantOfA)
        .then()
        .body("permissionGrant.isActive", equalTo(true));
  }

  @Test
  void anotherTenantDoesNotListIt() {
    as(adminB)
        .queryParam("subjectUserId", subject)
        .get("/v1/permissiongrants")
        .then()
        .statusCode(200)
        .body("permissionGrants", hasSize(0));
    as(adminA)
        .queryParam("subjectUserId", subject)
        .get("/v1/permissiongrants")
        .then()
        .body("permissionGrants", hasSize(1));
  }

  @Test
  void anotherTenantDoesNotSeeItsAuditTrail() {
    as(adminB)
        .queryParam("objectId", grantOfA)
        .get("/v1/audit")
        .then()
        .statusCode(200)
        .body("auditEvents", hasSize(0));
    as(adminA)
        .queryParam("objectId", grantOfA)
        .get("/v1/audit")
        .then()
        .body("auditEvents", hasSize(1));
  }

  @Test
  void theSameUserIdInAnotherTenantDoesNotGetTheGrant() {
    Tokens.User inA = new Tokens.User(subject, adminA.tenant(), java.util.List.of("student"));
    Tokens.User inB = new Tokens.User(subject, adminB.tenant(), java.util.List.of("student"));

    as(inA).get("/permissions/isolation.test").then().body("canDo", equalTo(true));
    as(inB).get("/permissions/isolation.test").then().body("canDo", equalTo(false));
  }

  private static RequestSpecification as(Tokens.User user) {
    return Platform.as(user, "booking");
  }
}
