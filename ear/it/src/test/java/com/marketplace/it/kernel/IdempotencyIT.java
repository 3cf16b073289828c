package com.marketplace.it.kernel;

import static com.marketplace.it.support.Platform.module;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isOneOf;

import com.marketplace.it.support.KernelDeployment;
import com.marketplace.it.support.TestDatabase;
import com.marketplace.it.support.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A POST with an Idempotency-Key runs at most once per tenant, user and key. */
class IdempotencyIT extends KernelDeployment {

  private final Tokens.User admin = Tokens.user(UUID.randomUUID(), "admin");

  @Test
  void aReplayReturnsTheFirstResponseAndRunsNothing() throws Exception {
    UUID subject = UUID.randomUUID();
    Response first = post("key-1", subject);
    Response again = post("key-1", subject);

    first.then().statusCode(201);
    again
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("permissionGrant.id", equalTo(first.path("permissionGrant.id")));
    assertThat(grantsOf(subject), is(1L));
  }

  @Test
  void theSameKeyWithAnotherBodyIs422() {
    post("key-2", UUID.randomUUID()).then().statusCode(201);

    post("key-2", UUID.randomUUID())
        .then()
        .statusCode(422)
        .body("message", equalTo("errMsg_idempotencyKeyReused"));
  }

  @Test
  void keysBelongToTheirUser() {
    UUID subject = UUID.randomUUID();
    post("key-3", subject).then().statusCode(201);

    Tokens.User otherAdmin = Tokens.user(admin.tenant(), "admin");
    module("enrollment")
        .auth()
        .oauth2(otherAdmin.token())
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", "key-3")
        .body(EnvelopeIT.grant("idem.test", subject))
        .post("/v1/permissiongrants")
        .then()
        .statusCode(409)
        .body("message", equalTo("errMsg_permissionGrantExists"));
  }

  @Test
  void concurrentDuplicatesNeverBothRun() throws Exception {
    UUID subject = UUID.randomUUID();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      Callable<Integer> attempt = () -> post("key-race", subject).statusCode();
      answers.add(pool.submit(attempt));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> answer : answers) {
      statuses.add(answer.get());
    }
    pool.shutdown();

    assertThat(statuses, everyItem(isOneOf(201, 409)));
    assertThat(grantsOf(subject), is(1L));
  }

  private Response post(String key, UUID subject) {
    RequestSpecification request =
        module("enrollment").auth().oauth2(admin.token()).contentType(ContentType.JSON);
    return request
        .header("Idempotency-Key", key)
        .body(EnvelopeIT.grant("idem.test", subject))
        .post("/v1/permissiongrants");
  }

  private long grantsOf(UUID subject) throws Exception {
    return TestDatabase.count(
        "select count(*) from platform.permission_grant where tenant_id = ? and subject_user_id = ?",
        admin.tenant(),
        subject);
  }
}
