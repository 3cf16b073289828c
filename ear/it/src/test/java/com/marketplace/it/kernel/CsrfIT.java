package com.marketplace.it.kernel;

import static com.marketplace.it.support.Platform.module;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import com.marketplace.it.support.KernelDeployment;
import com.marketplace.it.support.TestDatabase;
import com.marketplace.it.support.Tokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Cross-site request forgery: a write the browser authenticates with the cookie token must come
 * from an allowed origin (the test server allows https://shared.example.test for every tenant and
 * https://tenant-a.example.test for tenant ...aa); a token in the Authorization header is not
 * something another page can make the browser send, so it is not checked.
 */
class CsrfIT extends KernelDeployment {

  private static final UUID TENANT_A = UUID.fromString("5e2f0c1a-0000-4000-8000-0000000000aa");
  private static final String EVIL = "https://evil.example.test";

  private final Tokens.User admin = Tokens.user(TENANT_A, "admin");
  private final UUID subject = UUID.randomUUID();

  @Test
  void aCookieWriteFromAForeignOriginIsRefusedAndWritesNothing() throws Exception {
    grantWithCookie()
        .header("Origin", EVIL)
        .post("/v1/permissiongrants")
        .then()
        .statusCode(403)
        .body("result", equalTo("ERR"))
        .body("status", equalTo(403))
        .body("message", equalTo("errMsg_crossSiteRequestRefused"));

    assertThat(grantsOfSubject(), is(0L));
  }

  @Test
  void aCookieWriteWithoutOriginOrRefererIsRefused() throws Exception {
    grantWithCookie().post("/v1/permissiongrants").then().statusCode(403);
    assertThat(grantsOfSubject(), is(0L));
  }

  @Test
  void aCookieWriteFromAnotherTenantsOriginIsRefused() throws Exception {
    grantWithCookie()
        .header("Origin", "https://tenant-b.example.test")
        .post("/v1/permissiongrants")
        .then()
        .statusCode(403);
    assertThat(grantsOfSubject(), is(0L));
  }

  @Test
  void aCalendarUploadAsPlainTextFromAForeignPageIsRefused() {
    // the request a hostile page can send without a preflight: text/plain, with the cookie
    Tokens.User host = Tokens.user(UUID.randomUUID(), "host");
    module("booking")
        .cookie("airbnb3-access-token", host.token())
        .header("Origin", EVIL)
        .contentType("text/plain")
        .body("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
        .post("/v1/listings/" + UUID.randomUUID() + "/icalimports/upload")
        .then()
        .statusCode(403)
        .body("message", equalTo("errMsg_crossSiteRequestRefused"));
  }

  @Test
  void aCookieWriteFromAnAllowedOriginGoesThrough() throws Exception {
    grantWithCookie()
        .header("Origin", "https://shared.example.test")
        .post("/v1/permissiongrants")
        .then()
        .statusCode(201);
    grantWithCookie("enrollment.read")
        .header("Referer", "https://tenant-a.example.test/admin/grants")
        .post("/v1/permissiongrants")
        .then()
        .statusCode(201);

    assertThat(grantsOfSubject(), is(2L));
  }

  @Test
  void aBearerTokenWriteIsNotCheckedForItsOrigin() throws Exception {
    module("enrollment")
        .auth()
        .oauth2(admin.token())
        .header("Origin", EVIL)
        .contentType(ContentType.JSON)
        .body(grant("enrollment.create"))
        .post("/v1/permissiongrants")
        .then()
        .statusCode(201);

    assertThat(grantsOfSubject(), is(1L));
  }

  private RequestSpecification grantWithCookie() {
    return grantWithCookie("enrollment.create");
  }

  private RequestSpecification grantWithCookie(String permission) {
    return module("enrollment")
        .cookie("tutorhub-access-token", admin.token())
        .contentType(ContentType.JSON)
        .body(grant(permission));
  }

  private Map<String, Object> grant(String permission) {
    return Map.of(
        "permissionName", permission, "subjectUserId", subject.toString(), "canDo", false);
  }

  private long grantsOfSubject() throws Exception {
    return TestDatabase.count(
        "select count(*) from platform.permission_grant"
            + " where tenant_id = ?::uuid and subject_user_id = ?::uuid and is_active",
        TENANT_A.toString(),
        subject.toString());
  }
}
