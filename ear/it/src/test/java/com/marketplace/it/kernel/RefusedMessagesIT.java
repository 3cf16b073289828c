package com.marketplace.it.kernel;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.marketplace.it.support.Platform;
import com.marketplace.it.support.PlatformTest;
import com.marketplace.it.support.TestDatabase;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Inbound messages are read as strictly as REST bodies: what the policy refuses, and kinds nobody
 * handles, land on the dead message queue with the reason, and nothing of them is applied.
 */
@PlatformTest
class RefusedMessagesIT {

  private static final int PORT = Integer.getInteger("it.jms.port");
  private static final String USER = System.getProperty("it.jms.integration.user");
  private static final String PASSWORD = System.getProperty("it.jms.integration.password");
  private static final String ADMIN_PASSWORD = System.getProperty("it.jms.admin.password");
  private static final UUID TENANT = UUID.fromString("5e2f0c1a-0000-4000-8000-0000000000b7");

  private final ExternalBrokerClient client = new ExternalBrokerClient("127.0.0.1", PORT);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Platform.ear();
  }

  @Test
  void anUnknownKindGoesToTheDeadMessageQueue() throws Exception {
    UUID user = UUID.randomUUID();
    String sent = sendToEnrollment(user, "userPermissions", "{\"fullname\":\"Never\"}");

    assertThat(deadMessage(sent), containsString("enrollmentReferenceData: unknown kind"));
    assertThat(profiles(user), is(0L));
  }

  @Test
  void aPayloadBreakingItsConstraintsGoesToTheDeadMessageQueue() throws Exception {
    UUID user = UUID.randomUUID();
    String sent =
        sendToEnrollment(user, "userProfile", "{\"fullname\":\"" + "x".repeat(201) + "\"}");

    assertThat(deadMessage(sent), containsString("fullname"));
    assertThat(profiles(user), is(0L));
  }

  @Test
  void aStringWithNulGoesToTheDeadMessageQueue() throws Exception {
    UUID user = UUID.randomUUID();
    String sent = sendToEnrollment(user, "userProfile", "{\"fullname\":\"a\\u0000b\"}");

    assertThat(deadMessage(sent), containsString("U+0000"));
    assertThat(profiles(user), is(0L));
  }

  @Test
  void aMessageWithoutItsTenantGoesToTheDeadMessageQueue() throws Exception {
    String sent =
        client.send(
            USER,
            PASSWORD,
            "enrollmentReferenceData",
            "{\"messageId\":\"m-"
                + UUID.randomUUID()
                + "\",\"kind\":\"userProfile\",\"id\":\""
                + UUID.randomUUID()
                + "\",\"data\":{}}");

    assertThat(deadMessage(sent), containsString("tenantId"));
  }

  @Test
  void anUnknownBookingTypeGoesToTheDeadMessageQueue() throws Exception {
    String sent =
        client.send(
            USER,
            PASSWORD,
            "bookingReferenceData",
            "{\"type\":\"payout\",\"tenantId\":\""
                + TENANT
                + "\",\"id\":\""
                + UUID.randomUUID()
                + "\",\"payout\":{}}");

    assertThat(deadMessage(sent), containsString("booking.referenceData: unknown type"));
  }

  private String sendToEnrollment(UUID user, String kind, String data) throws Exception {
    return client.send(
        USER,
        PASSWORD,
        "enrollmentReferenceData",
        """
        {"messageId":"refused-%s","tenantId":"%s","kind":"%s","id":"%s","data":%s}
        """
            .formatted(user, TENANT, kind, user, data));
  }

  private String deadMessage(String sent) throws Exception {
    return client
        .awaitDeadMessage("admin", ADMIN_PASSWORD, sent)
        .orElseThrow(() -> new AssertionError("No refusal of " + sent + " on the DMQ"));
  }

  private static long profiles(UUID user) throws Exception {
    return TestDatabase.count(
        "select count(*) from enrollment.user_profile where user_id = ?::uuid", user);
  }
}
