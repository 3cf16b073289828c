package com.marketplace.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import com.marketplace.it.probe.ProbeApplication;
import com.marketplace.it.probe.ProbeAuthentication;
import com.marketplace.it.probe.ProbeResource;
import com.marketplace.it.probe.TwoModuleWork;
import com.marketplace.it.support.Platform;
import com.marketplace.it.support.PlatformTest;
import com.marketplace.it.support.TestDatabase;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * One request that writes through two EJB modules (enrollment, then payments) and the audit trail
 * runs in one JTA transaction: all rows commit together, and a failure in the second module leaves
 * none, not even the audit row.
 */
@PlatformTest
class CrossModuleTransactionIT {

  private static final UUID TENANT = UUID.randomUUID();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    WebArchive probe =
        ShrinkWrap.create(WebArchive.class, "jta-probe.war")
            .addClasses(
                ProbeApplication.class,
                ProbeAuthentication.class,
                ProbeResource.class,
                TwoModuleWork.class)
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    return Platform.ear().addAsModule(probe);
  }

  @Test
  void bothModulesCommitTogether() throws Exception {
    UUID user = UUID.randomUUID();

    register(user, "cus_first").then().statusCode(204);

    assertThat(profilesOf(user), contains(user.toString()));
    assertThat(customersOf(user), contains("cus_first"));
    assertThat(auditedTransitionsOf(user), contains("true"));
  }

  @Test
  void aFailureInTheSecondModuleRollsBackTheFirst() throws Exception {
    UUID user = UUID.randomUUID();
    TestDatabase.execute(
        "insert into payments.payment_customer (id, tenant_id, user_id, customer_id)"
            + " values (?, ?, ?, 'cus_existing')",
        UUID.randomUUID(),
        TENANT,
        user);

    register(user, "cus_duplicate").then().statusCode(409);

    assertThat(profilesOf(user), empty());
    assertThat(customersOf(user), contains("cus_existing"));
    assertThat(auditedTransitionsOf(user), empty());
  }

  private static io.restassured.response.Response register(UUID user, String customer) {
    return Platform.module("jta-probe")
        .queryParam("tenant", TENANT)
        .queryParam("user", user)
        .queryParam("customer", customer)
        .post("/users");
  }

  private static java.util.List<String> profilesOf(UUID user) throws Exception {
    return TestDatabase.column(
        "select user_id from enrollment.user_profile where tenant_id = ? and user_id = ?",
        TENANT,
        user);
  }

  private static java.util.List<String> auditedTransitionsOf(UUID user) throws Exception {
    return TestDatabase.column(
        "select to_value from platform.audit_event where tenant_id = ? and object_id = ?",
        TENANT,
        user);
  }

  private static java.util.List<String> customersOf(UUID user) throws Exception {
    return TestDatabase.column(
        "select customer_id from payments.payment_customer where tenant_id = ? and user_id = ?",
        TENANT,
        user);
  }
}
