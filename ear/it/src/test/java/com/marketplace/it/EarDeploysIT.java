package com.marketplace.it;

import static com.marketplace.it.support.Platform.module;
import static com.marketplace.it.support.Platform.server;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import com.marketplace.it.support.Platform;
import com.marketplace.it.support.PlatformTest;
import com.marketplace.it.support.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real EAR deploys onto Payara Server, migrates every schema and serves every module. */
@PlatformTest
class EarDeploysIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Platform.ear();
  }

  @ParameterizedTest
  @ValueSource(strings = {"enrollment", "booking", "payments"})
  void everyModuleServesItsApiUnderItsOwnContextRoot(String contextRoot) {
    module(contextRoot)
        .get("/health")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("module", equalTo(contextRoot));
  }

  @Test
  void isReadyBecauseTheDatabaseAnswers() {
    server()
        .get("/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("database"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"platform", "payments", "enrollment", "booking"})
  void eachModuleMigratedItsOwnSchema(String schema) throws Exception {
    String history = schema + ".flyway_schema_history where type = 'SQL'";
    assertThat(TestDatabase.column("select version from " + history), hasItem("1"));
    assertThat(TestDatabase.count("select count(*) from " + history + " and not success"), is(0L));
  }

  /** The demo tenant's rows (fixed ids), whatever other test classes wrote before this one. */
  @Test
  void loadsNoDemoDataUnlessAsked() throws Exception {
    String demoTenant = "5e2f0c1a-0000-4000-8000-000000000001";
    assertThat(
        TestDatabase.count("select count(*) from platform.tenant where id = ?::uuid", demoTenant),
        is(0L));
    assertThat(
        TestDatabase.count(
            "select count(*) from booking.listing where tenant_id = ?::uuid", demoTenant),
        is(0L));
  }
}
