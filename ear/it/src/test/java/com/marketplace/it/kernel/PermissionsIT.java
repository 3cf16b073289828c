package com.marketplace.it.kernel;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.marketplace.it.support.KernelDeployment;
import com.marketplace.it.support.Platform;
import com.marketplace.it.support.Tokens;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Role permissions from configuration, refined per user and per object by admin grants. */
class PermissionsIT extends KernelDeployment {

  private final UUID tenant = UUID.randomUUID();
  private final Tokens.User admin = Tokens.user(tenant, "admin");
  private final Tokens.User student = Tokens.user(tenant, "student");

  @Test
  void aRoleBringsItsConfiguredPermissions() {
    as(student)
        .get("/permissions")
        .then()
        .statusCode(200)
        .body("permissionName", hasItem("enrollment.create"))
        .body("findAll { it.permissionName == 'enrollment.create' }.roleId", contains("student"))
        .body("permissionName", not(hasItem("reservation.confirm")));
    as(student)
        .get("/permissions/enrollment.create")
        .then()
        .body("canDo", equalTo(true))
        .body("exceptions", empty());
  }

  @Test
  void anObjectGrantIsAnExceptionToARefusal() {
    UUID listing = UUID.randomUUID();
    grant("reservation.confirm", listing, true);

    as(student)
        .get("/permissions/reservation.confirm")
        .then()
        .body("canDo", equalTo(false))
        .body("exceptions", contains(listing.toString()));
  }

  @Test
  void anObjectDenialIsAnExceptionToAPermission() {
    UUID course = UUID.randomUUID();
    grant("enrollment.create", course, false);

    as(student)
        .get("/permissions/enrollment.create")
        .then()
        .body("canDo", equalTo(true))
        .body("exceptions", contains(course.toString()));
  }

  @Test
  void aUserDenialOverridesTheRoleAndRevokingRestoresIt() {
    String denial = grant("enrollment.create", null, false);
    as(student).get("/permissions/enrollment.create").then().body("canDo", equalTo(false));
    as(student)
        .get("/permissions")
        .then()
        .body("findAll { it.id == '" + denial + "' }.canDo", contains(false));

    as(admin).delete("/v1/permissiongrants/" + denial).then().statusCode(200);

    as(student).get("/permissions/enrollment.create").then().body("canDo", equalTo(true));
  }

  @Test
  void refusesAnInvalidPermissionName() {
    as(student)
        .get("/permissions/not a name")
        .then()
        .statusCode(400)
        .body("message", equalTo("errMsg_permissionNameIsNotValid"));
  }

  private String grant(String permission, UUID object, boolean canDo) {
    Map<String, Object> body =
        new java.util.HashMap<>(
            Map.of(
                "permissionName",
                permission,
                "subjectUserId",
                student.id().toString(),
                "canDo",
                canDo));
    if (object != null) {
      body.put("objectId", object.toString());
    }
    return as(admin)
        .body(body)
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
