package com.marketplace.it.kernel;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.marketplace.it.support.KernelDeployment;
import com.marketplace.it.support.Platform;
import com.marketplace.it.support.Tokens;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Rate limits per user and per tenant. The test server gives tenant ...cc small write budgets (3 an
 * hour per user, 5 an hour for the tenant: RATE_LIMIT_TENANT_OVERRIDES in the failsafe
 * configuration); every other tenant keeps the generous defaults. The buckets live in Payara's
 * JCache, not in this class, so the test methods share the tenant's budget: they run as one
 * scenario.
 */
class RateLimitIT extends KernelDeployment {

  private static final UUID LIMITED_TENANT =
      UUID.fromString("5e2f0c1a-0000-4000-8000-0000000000cc");

  @Test
  void writesOverAUsersAndThenTheTenantsBudgetAre429WithRetryAfterAndTheEnvelope() {
    Tokens.User first = Tokens.user(LIMITED_TENANT, "admin");
    Tokens.User second = Tokens.user(LIMITED_TENANT, "admin");

    for (int i = 0; i < 3; i++) {
      grant(first).statusCode(201);
    }
    grant(first)
        .statusCode(429)
        .header("Retry-After", equalTo("1200")) // 3 an hour: a token every 20 minutes
        .body("result", equalTo("ERR"))
        .body("status", equalTo(429))
        .body("message", equalTo("errMsg_tooManyRequests"))
        .body("detail", startsWith("Too many requests: the user budget"));

    // another user of the tenant is not held back by the first one's spent budget ...
    grant(second).statusCode(201);
    grant(second).statusCode(201);
    // ... until the tenant's budget (5) is spent too
    grant(second)
        .statusCode(429)
        .body("message", equalTo("errMsg_tooManyRequests"))
        .body("detail", startsWith("Too many requests: the tenant budget"));

    // reads are not limited by default, and another tenant keeps its own budgets
    Platform.as(first, "enrollment").get("/permissions").then().statusCode(200);
    grant(Tokens.user(UUID.randomUUID(), "admin")).statusCode(201);
  }

  private static ValidatableResponse grant(Tokens.User admin) {
    return Platform.as(admin, "enrollment")
        .body(
            Map.of(
                "permissionName",
                "enrollment.create",
                "subjectUserId",
                UUID.randomUUID().toString(),
                "canDo",
                true))
        .post("/v1/permissiongrants")
        .then();
  }
}
