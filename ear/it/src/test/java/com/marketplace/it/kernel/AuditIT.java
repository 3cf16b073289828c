package com.marketplace.it.kernel;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.it.support.KernelDeployment;
import com.marketplace.it.support.Platform;
import com.marketplace.it.support.TestDatabase;
import com.marketplace.it.support.Tokens;
import io.restassured.specification.RequestSpecification;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every transition leaves an audit row, which admins read and nobody can change. */
class AuditIT extends KernelDeployment {

  private final Tokens.User admin = Tokens.user(UUID.randomUUID(), "admin");

  @Test
  void recordsEachTransitionWithItsActorAndRequest() {
    String id = grantWithRequestId("audit-create");
    as(admin)
        .queryParam("requestId", "audit-revoke")
        .delete("/v1/permissiongrants/" + id)
        .then()
        .statusCode(200);

    as(admin)
        .queryParam("objectType", "permissionGrant")
        .queryParam("objectId", id)
        .get("/v1/audit")
        .then()
        .statusCode(200)
        .body("dataName", equalTo("auditEvents"))
        .body("auditEvents", hasSize(2))
        .body("auditEvents.field", contains("isActive", "canDo"))
        .body("auditEvents.from", contains("true", null))
        .body("auditEvents.to", contains("false", "true"))
        .body("auditEvents.actorId", contains(admin.id().toString(), admin.id().toString()))
        .body("auditEvents.requestId", contains("audit-revoke", "audit-create"));
  }

  @Test
  void filtersAndPages() {
    grantWithRequestId("r1");
    grantWithRequestId("r2");
    grantWithRequestId("r3");

    as(admin)
        .queryParam("field", "canDo")
        .queryParam("actorId", admin.id())
        .queryParam("pageRowCount", 2)
        .get("/v1/audit")
        .then()
        .body("auditEvents", hasSize(2))
        .body("paging.totalRowCount", equalTo(3))
        .body("auditEvents.requestId", contains("r3", "r2"));
    as(admin)
        .queryParam("from", "2999-01-01T00:00:00Z")
        .get("/v1/audit")
        .then()
        .body("auditEvents", hasSize(0));
    as(admin)
        .queryParam("from", "yesterday")
        .get("/v1/audit")
        .then()
        .statusCode(400)
        .body("message", equalTo("errMsg_fromIsNotValid"));
  }

  @Test
  void theDatabaseRefusesToChangeOrRemoveARow() {
    String id = grantWithRequestId("immutable");

    SQLException update =
        assertThrows(
            SQLException.class,
            () ->
                TestDatabase.execute(
                    "update platform.audit_event set to_value = 'false' where object_id = ?::uuid",
                    id));
    SQLException delete =
        assertThrows(
            SQLException.class,
            () ->
                TestDatabase.execute(
                    "delete from platform.audit_event where object_id = ?::uuid", id));

    assertThat(update.getMessage(), containsString("append-only"));
    assertThat(delete.getMessage(), containsString("append-only"));
  }

  private String grantWithRequestId(String requestId) {
    return as(admin)
        .queryParam("requestId", requestId)
        .body(EnvelopeIT.grant("audited." + requestId, UUID.randomUUID()))
        .post("/v1/permissiongrants")
        .then()
        .statusCode(201)
        .extract()
        .path("permissionGrant.id");
  }

  private static RequestSpecification as(Tokens.User user) {
    return Platform.as(user, "enrollment");
  }
}
