package com.marketplace.it.payments;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import com.google.gson.JsonObject;
import com.marketplace.it.shop.Shop;
import com.marketplace.it.support.Platform;
import com.marketplace.it.support.PlatformTest;
import com.marketplace.it.support.StripeEmulatorExtension;
import com.marketplace.it.support.TestDatabase;
import com.marketplace.it.support.Tokens;
import com.marketplace.payments.stripe.emulator.StripeEmulator;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The money invariants under faults, with a test-only order module whose reaction to payment
 * changes can be made to fail:
 *
 * <ol>
 *   <li>every PaymentIntent that took money belongs to a ticket the platform committed;
 *   <li>per order, money held at Stripe (received − refunded) equals what the platform records;
 *   <li>a retry never charges or refunds twice.
 * </ol>
 */
@PlatformTest
class MoneySafetyIT {

  private final Tokens.User buyer = Tokens.user(UUID.randomUUID(), "student");
  private final Tokens.User admin = Tokens.user(buyer.tenant(), "admin");
  private final StripeEmulator stripe = StripeEmulatorExtension.emulator();
  private final Shop shop = new Shop(buyer);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Shop.ear();
  }

  @AfterEach
  void deliverEverything() throws Exception {
    stripe.releaseHeldEvents();
    stripe.renderEventsIn(StripeEmulator.API_VERSION);
    stripe.awaitWebhookDeliveries(Duration.ofSeconds(20));
  }

  @Test
  void aChargeWhoseRecordingFailsIsFinishedByTheReconciliationNotLost() throws Exception {
    String order = openOrder(4_200);
    failNextReactions(order, 4); // every try of the request to record the payment fails
    stripe.holdEvents(); // and no webhook comes to the rescue

    start(order, "pm_card_visa")
        .then()
        .statusCode(503)
        .body("message", equalTo("errMsg_paymentBeingSettled"));
    String intent = onlyIntentOf(order);
    assertThat(stripe.paymentIntent(intent).get("status").getAsString(), equalTo("succeeded"));
    assertThat(attemptStates(order), contains("STARTED"));

    Thread.sleep(3_500); // the grace period of the ITs' configuration
    reconcile()
        .then()
        .statusCode(200)
        .body("reconciliation.repaired[0].kind", equalTo("attemptInFlight"));

    assertThat(ticketColumn(order, "payment_id"), equalTo(intent));
    assertThat(ticketColumn(order, "payment_status"), equalTo("SUCCEEDED"));
    assertThat(attemptStates(order), contains("APPLIED"));
    assertThat(changesOf(order), contains("paid"));
    assertHeldEqualsRecorded(order);
  }

  @Test
  void aRetryAfterAFailedRecordingAppliesTheSameChargeInsteadOfChargingAgain() throws Exception {
    String order = openOrder(3_100);
    failNextReactions(order, 4);
    stripe.holdEvents();
    start(order, "pm_card_visa").then().statusCode(503);

    Thread.sleep(3_500);
    start(order, "pm_card_visa")
        .then()
        .statusCode(409)
        .body("message", equalTo("errMsg_orderAlreadyPaid"));

    assertThat(intentsOf(order), hasSize(1));
    assertThat(ticketColumn(order, "payment_status"), equalTo("SUCCEEDED"));
    assertHeldEqualsRecorded(order);
  }

  @Test
  void aRefundWhoseTransactionFailsIsNeverMadeAndItsRetryIsMadeOnce() throws Exception {
    String order = openOrder(5_000);
    start(order, "pm_card_visa").then().statusCode(200);
    failNextReactions(order, 1); // the order module fails while the refund is being recorded

    refund(order, 2_000).then().statusCode(500);
    refund(order, 2_000).then().statusCode(200);
    PaymentFlowIT.awaitRefundsMade(order);
    stripe.awaitWebhookDeliveries(Duration.ofSeconds(20));

    String intent = onlyIntentOf(order);
    assertThat(refundsAtStripe(intent), is(1L));
    assertThat(ticketColumn(order, "refunded_minor"), equalTo("2000"));
    assertHeldEqualsRecorded(order);
  }

  @Test
  void aRefundOwedWhileStripeIsDownIsMadeByTheReconciliationOnce() throws Exception {
    String order = openOrder(5_500);
    start(order, "pm_card_visa").then().statusCode(200);
    stripe.failNext("POST", "/v1/refunds", 100);

    refund(order, 5_500).then().statusCode(200); // recorded and owed; Stripe is asked after commit
    // past stripe-java's retries, and past the 5 s the reconciliation leaves to the request
    Thread.sleep(6_000);
    assertThat(refundsAtStripe(onlyIntentOf(order)), is(0L));
    assertThat(changesOf(order), contains("paid", "refunded"));

    stripe.resetFaults();
    reconcile().then().statusCode(200).body("reconciliation.repaired.kind", hasItem("refundOwed"));
    reconcile().then().statusCode(200); // a re-run changes nothing

    assertThat(refundsAtStripe(onlyIntentOf(order)), is(1L));
    PaymentFlowIT.awaitRefundsMade(order);
    assertHeldEqualsRecorded(order);
  }

  @Test
  void aRefundMadeInStripesDashboardReachesTheOrder() throws Exception {
    String order = openOrder(8_000);
    start(order, "pm_card_visa").then().statusCode(200);

    stripe.refundFromDashboard(onlyIntentOf(order), 3_000L);
    stripe.awaitWebhookDeliveries(Duration.ofSeconds(20));
    PaymentFlowIT.awaitRefundsMade(order);

    assertThat(ticketColumn(order, "refunded_minor"), equalTo("3000"));
    assertThat(changesOf(order), contains("paid", "partiallyRefunded"));
    assertThat(
        TestDatabase.column(
            "select r.reason from payments.payment_refund r join payments.payment_ticket t"
                + " on t.id = r.ticket_id where t.order_id = ?::uuid",
            order),
        contains("refunded at Stripe"));
    assertHeldEqualsRecorded(order);
  }

  @Test
  void aChargebackIsRecordedOnTheTicketAndTheOrderHearsOfIt() throws Exception {
    String order = openOrder(6_000);
    start(order, "pm_card_visa").then().statusCode(200);

    String dispute = stripe.openDispute(onlyIntentOf(order)).get("id").getAsString();
    stripe.awaitWebhookDeliveries(Duration.ofSeconds(20));
    assertThat(ticketColumn(order, "dispute_status"), equalTo("needs_response"));

    stripe.closeDispute(dispute, "lost");
    stripe.awaitWebhookDeliveries(Duration.ofSeconds(20));

    assertThat(ticketColumn(order, "dispute_status"), equalTo("lost"));
    assertThat(
        changesOf(order), contains("paid", "paid/dispute:needs_response", "paid/dispute:lost"));
    assertThat(
        TestDatabase.count(
            "select count(*) from platform.audit_event where object_id = ?::uuid"
                + " and field = 'disputeStatus'",
            ticketColumn(order, "id")),
        is(2L));
  }

  @Test
  void eventsOfAnotherApiVersionAreUnderstoodByReReadingStripe() throws Exception {
    String order = openOrder(2_700);
    String intent =
        start(order, "pm_card_authenticationRequired")
            .then()
            .statusCode(200)
            .extract()
            .path("paymentResult.paymentId");
    stripe.renderEventsIn("2019-02-19");

    stripe.completeAuthentication(intent);
    stripe.awaitWebhookDeliveries(Duration.ofSeconds(20));

    assertThat(ticketColumn(order, "payment_status"), equalTo("SUCCEEDED"));
    assertThat(changesOf(order), contains("requiresAction", "paid"));
  }

  @Test
  void everyRetryWithTheSameDeclinedCardReachesStripeAgainInsteadOfAReplayedDecline() {
    String order = openOrder(1_900);
    start(order, "pm_card_chargeDeclined").then().statusCode(422);
    start(order, "pm_card_chargeDeclined").then().statusCode(422);
    start(order, "pm_card_chargeDeclined").then().statusCode(422);

    String intent = onlyIntentOf(order);
    long distinctConfirmations =
        stripe.requestLog().stream()
            .filter(r -> r.path().equals("/v1/payment_intents/" + intent + "/confirm"))
            .map(r -> r.idempotencyKey())
            .distinct()
            .count();
    assertThat(distinctConfirmations, is(2L));
  }

  @Test
  void aCleanTenantReconcilesWithNothingToRepair() {
    Tokens.User someone = Tokens.user(UUID.randomUUID(), "student");
    Shop theirShop = new Shop(someone);
    String order = theirShop.open(1_500);
    theirShop.start(order, "pm_card_visa").then().statusCode(200);

    Platform.as(Tokens.user(someone.tenant(), "admin"), "payments")
        .post("/v1/admin/reconciliation")
        .then()
        .statusCode(200)
        .body("reconciliation.summary", equalTo("nothing to repair"))
        .body("reconciliation.paymentIntentsChecked", equalTo(1))
        .body("reconciliation.unresolved", empty());
  }

  // --- the invariant, read as a reconciliation would ----------------------------------------

  /** Money held at Stripe for the order equals what its ticket records as paid and not refunded. */
  private void assertHeldEqualsRecorded(String order) throws Exception {
    long held = 0;
    for (JsonObject intent : intentsOf(order)) {
      held += intent.get("amount_received").getAsLong() - refundedAtStripe(intentId(intent));
      assertThat(
          "every PaymentIntent that took money belongs to the order's ticket",
          intent.get("amount_received").getAsLong() == 0
              || intentId(intent).equals(ticketColumn(order, "payment_id")),
          is(true));
    }
    long paid =
        "SUCCEEDED".equals(ticketColumn(order, "payment_status"))
            ? Long.parseLong(ticketColumn(order, "amount_minor"))
            : 0;
    long recorded = paid - Long.parseLong(ticketColumn(order, "refunded_minor"));
    assertThat("held at Stripe = recorded by the platform", held, is(recorded));
  }

  private List<JsonObject> intentsOf(String order) {
    return stripe.paymentIntents().stream()
        .filter(pi -> order.equals(metadata(pi, "orderId")))
        .toList();
  }

  private String onlyIntentOf(String order) {
    List<JsonObject> intents = intentsOf(order);
    assertThat(intents, hasSize(1));
    return intentId(intents.get(0));
  }

  private long refundedAtStripe(String intent) {
    return stripe.refunds().stream()
        .filter(r -> intent.equals(r.get("payment_intent").getAsString()))
        .mapToLong(r -> r.get("amount").getAsLong())
        .sum();
  }

  private long refundsAtStripe(String intent) {
    return stripe.refunds().stream()
        .filter(r -> intent.equals(r.get("payment_intent").getAsString()))
        .count();
  }

  private static String intentId(JsonObject intent) {
    return intent.get("id").getAsString();
  }

  private static String metadata(JsonObject intent, String key) {
    JsonObject metadata = intent.getAsJsonObject("metadata");
    return metadata == null || !metadata.has(key) ? null : metadata.get(key).getAsString();
  }

  private static String ticketColumn(String order, String column) throws Exception {
    return Shop.ticket(order, column);
  }

  private static List<String> attemptStates(String order) throws Exception {
    return TestDatabase.column(
        "select a.state from payments.payment_attempt a join payments.payment_ticket t"
            + " on t.id = a.ticket_id where t.order_id = ?::uuid order by a.created_at",
        order);
  }

  // --- the probe shop -------------------------------------------------------------------------

  private String openOrder(long amountMinor) {
    return shop.open(amountMinor);
  }

  private void failNextReactions(String order, int times) {
    shop.failNextReactions(order, times);
  }

  private Response start(String order, String paymentMethod) {
    return shop.start(order, paymentMethod);
  }

  private Response refund(String order, int amountMinor) {
    return shop.refund(order, amountMinor);
  }

  private Response reconcile() {
    return Platform.as(admin, "payments").post("/v1/admin/reconciliation");
  }

  private List<String> changesOf(String order) {
    return shop.changesOf(order);
  }
}
