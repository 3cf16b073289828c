package com.marketplace.it.kernel;

import static com.marketplace.it.support.Platform.module;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.marketplace.it.support.KernelDeployment;
import com.marketplace.it.support.Tokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Browser frontends: origins from configuration (the test server allows a shared origin and one
 * origin each for tenants ...aa and ...bb), credentials only for listed origins, never "*".
 */
class CorsIT extends KernelDeployment {

  private static final String SHARED = "https://shared.example.test";
  private static final String TENANT_A_SITE = "https://tenant-a.example.test";
  private static final UUID TENANT_A = UUID.fromString("5e2f0c1a-0000-4000-8000-0000000000aa");
  private static final UUID TENANT_B = UUID.fromString("5e2f0c1a-0000-4000-8000-0000000000bb");

  @Test
  void answersAPreflightFromAListedOrigin() {
    module("enrollment")
        .header("Origin", SHARED)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization, idempotency-key")
        .options("/v1/permissiongrants")
        .then()
        .statusCode(204)
        .header("Access-Control-Allow-Origin", SHARED)
        .header("Access-Control-Allow-Credentials", "true")
        .header("Access-Control-Allow-Methods", equalTo("GET, POST, PUT, PATCH, DELETE, OPTIONS"));
  }

  @Test
  void refusesAPreflightFromAnUnlistedOrigin() {
    module("enrollment")
        .header("Origin", "https://evil.example.test")
        .header("Access-Control-Request-Method", "POST")
        .options("/v1/permissiongrants")
        .then()
        .statusCode(403)
        .header("Access-Control-Allow-Origin", nullValue());
  }

  @Test
  void aTenantsOwnOriginServesOnlyThatTenant() {
    module("enrollment")
        .header("Origin", TENANT_A_SITE)
        .auth()
        .oauth2(Tokens.user(TENANT_A, "student").token())
        .get("/currentuser")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", TENANT_A_SITE)
        .header("Access-Control-Allow-Credentials", "true");
    module("enrollment")
        .header("Origin", TENANT_A_SITE)
        .auth()
        .oauth2(Tokens.user(TENANT_B, "student").token())
        .get("/currentuser")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", nullValue())
        .header("Access-Control-Allow-Credentials", nullValue());
  }
}
