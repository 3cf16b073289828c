package com.marketplace.it.payments;

import static com.marketplace.it.support.Platform.module;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.google.gson.JsonObject;
import com.marketplace.it.shop.Shop;
import com.marketplace.it.support.Platform;
import com.marketplace.it.support.PlatformTest;
import com.marketplace.it.support.StripeEmulatorExtension;
import com.marketplace.it.support.TestDatabase;
import com.marketplace.it.support.Tokens;
import com.marketplace.payments.stripe.emulator.StripeEmulator;
import com.marketplace.payments.stripe.emulator.WebhookSigner;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Paying an order through the payments module, against the Stripe emulator with the real
 * stripe-java client and signed webhooks. The order module is a test-only probe shop.
 */
@PlatformTest
class PaymentFlowIT {

  private final Tokens.User buyer = Tokens.user(UUID.randomUUID(), "student");
  private final StripeEmulator stripe = StripeEmulatorExtension.emulator();

  private final Shop shop = new Shop(buyer);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Shop.ear();
  }

  @Test
  void aGoodCardPaysTheOrderAndTellsItsModule() throws Exception {
    String order = openOrder(12_050);

    start(order, "pm_card_visa")
        .then()
        .statusCode(200)
        .body("paymentResult.success", equalTo(true))
        .body("paymentResult.statusLiteral", equalTo("paid"))
        .body("paymentResult.paymentId", startsWith("pi_"))
        .body("paymentResult.amount", equalTo(120.5f))
        .body("paymentResult.currency", equalTo("EUR"));

    assertThat(changesOf(order), contains("paid"));
    assertThat(ticketStatus(order), equalTo("SUCCEEDED"));
  }

  @Test
  void aWebhookArrivingWhileARetriedChargeIsStillOpenWaitsForIt() throws Exception {
    String order = openOrder(6_000, 1_500);
    start(order, "pm_card_chargeDeclined").then().statusCode(422);

    startSucceeds(order, "pm_card_visa");
    awaitProcessed(eventOf(ticketPaymentId(order), "payment_intent.succeeded"));

    assertThat(changesOf(order), contains("pending", "paid"));
    assertThat(intentsFor(order), is(1L));
  }

  @Test
  void aDeclineIs422AndTheOrderStaysPayable() throws Exception {
    String order = openOrder(5_000);

    start(order, "pm_card_chargeDeclined")
        .then()
        .statusCode(422)
        .body("message", equalTo("errMsg_paymentDeclined"))
        .body("detail", containsString("generic_decline"));
    startSucceeds(order, "pm_card_visa");

    assertThat(intentsFor(order), is(1L));
  }

  @Test
  void authenticationRequiredHandsBackTheClientSecretAndTheWebhookCompletesIt() throws Exception {
    String order = openOrder(7_000);

    String intent =
        start(order, "pm_card_authenticationRequired")
            .then()
            .statusCode(200)
            .body("paymentResult.paymentStatus", equalTo("requires_action"))
            .body("paymentResult.paymentIntentInfo.clientSecret", containsString("_secret_"))
            .extract()
            .path("paymentResult.paymentId");
    stripe.completeAuthentication(intent);

    awaitTicketStatus(order, "SUCCEEDED");
    assertThat(changesOf(order), contains("requiresAction", "paid"));
  }

  @Test
  void aWebhookDeliveredFiftyTimesChangesTheOrderOnce() throws Exception {
    String order = openOrder(3_000);
    start(order, "pm_card_authenticationRequired").then().statusCode(200);
    String intent = ticketPaymentId(order);
    stripe.completeAuthentication(intent);
    awaitTicketStatus(order, "SUCCEEDED");
    String succeeded = eventOf(intent, "payment_intent.succeeded");

    stripe.redeliver(succeeded, 50);
    stripe.awaitWebhookDeliveries(Duration.ofSeconds(30));

    assertThat(changesOf(order), contains("requiresAction", "paid"));
    assertThat(
        TestDatabase.count(
            "select count(*) from payments.processed_webhook_event where event_id = ?", succeeded),
        is(1L));
  }

  @Test
  void aStartNamingNoCardPaysWithTheCardSavedLastAndIs422WhenThereIsNone() {
    String first = openOrder(1_200);
    Platform.as(buyer, "shop")
        .body(Map.of("paymentUserParams", Map.of()))
        .patch("/v1/startprobepayment/" + first)
        .then()
        .statusCode(422)
        .body("message", equalTo("errMsg_paymentMethodIdIsRequired"));
    startSucceeds(first, "pm_card_visa");

    String second = openOrder(1_300);
    Platform.as(buyer, "shop")
        .body(Map.of("paymentUserParams", Map.of()))
        .patch("/v1/startprobepayment/" + second)
        .then()
        .statusCode(200)
        .body("paymentResult.success", equalTo(true));
  }

  @Test
  void aCardAlreadySavedToTheBuyerIsNotAttachedAtStripeAgain() {
    startSucceeds(openOrder(1_500), "pm_card_visa");
    long attachesBefore = attaches();

    Platform.as(buyer, "shop")
        .body(Map.of("paymentUserParams", Map.of()))
        .patch("/v1/startprobepayment/" + openOrder(1_600))
        .then()
        .statusCode(200)
        .body("paymentResult.success", equalTo(true));

    assertThat(attaches(), is(attachesBefore));
    startSucceeds(openOrder(1_700), "pm_card_visa"); // a new card is attached as before
    assertThat(attaches(), is(attachesBefore + 1));
  }

  private long attaches() {
    return stripe.requestLog().stream().filter(r -> r.path().endsWith("/attach")).count();
  }

  @Test
  void aPaymentMethodIdThatCannotBeOneNeverReachesStripe() {
    String order = openOrder(1_400);
    int requestsBefore = stripe.requestLog().size();

    start(order, "pm_x\r\nX-Injected: yes").then().statusCode(400);
    start(order, "pm_" + "a".repeat(5_000)).then().statusCode(400);

    assertThat(stripe.requestLog().size(), is(requestsBefore));
  }

  @Test
  void aForgedSignatureIs400AndChangesNothing() throws Exception {
    String payload =
        "{\"id\":\"evt_forged\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\"}";
    String forged =
        WebhookSigner.signatureHeader(
            payload, "whsec_someone_else", Instant.now().getEpochSecond());

    module("payments")
        .header("Stripe-Signature", forged)
        .body(payload)
        .post("/v1/stripe/webhook")
        .then()
        .statusCode(400)
        .body("message", equalTo("errMsg_webhookSignatureInvalid"));

    assertThat(
        TestDatabase.count(
            "select count(*) from payments.processed_webhook_event where event_id = 'evt_forged'"),
        is(0L));
  }

  @Test
  void aStripeServerErrorIsRetriedAndChargesOnce() throws Exception {
    String order = openOrder(2_500);
    stripe.failNext("POST", "/v1/payment_intents", 1);

    startSucceeds(order, "pm_card_visa");

    assertThat(intentsFor(order), is(1L));
  }

  @Test
  void lateWebhooksDeliveredInReverseOrderLeaveThePaymentSucceeded() throws Exception {
    String order = openOrder(4_000);
    start(order, "pm_card_processing")
        .then()
        .statusCode(200)
        .body("paymentResult.statusLiteral", equalTo("processing"));
    String intent = ticketPaymentId(order);
    stripe.holdEvents();
    stripe.advancePaymentIntent(intent, "succeeded");

    stripe.releaseHeldEventsReversed();
    awaitTicketStatus(order, "SUCCEEDED");
    stripe.redeliver(eventOf(intent, "payment_intent.processing"), 1);
    stripe.awaitWebhookDeliveries(Duration.ofSeconds(10));

    assertThat(ticketStatus(order), equalTo("SUCCEEDED"));
    assertThat(changesOf(order), contains("processing", "paid"));
  }

  @Test
  void aPartialThenAFullRefundAddUpToThePayment() throws Exception {
    String order = openOrder(10_000);
    start(order, "pm_card_visa").then().statusCode(200);

    refund(order, 3_000).then().statusCode(200).body("refundId", notNullValue());
    refund(order, null).then().statusCode(200);
    awaitRefundsMade(order);

    assertThat(changesOf(order), contains("paid", "partiallyRefunded", "refunded"));
    assertThat(
        TestDatabase.column(
            "select refunded_minor from payments.payment_ticket where order_id = ?::uuid", order),
        contains("10000"));
    assertThat(
        TestDatabase.column(
            "select r.amount_minor from payments.payment_refund r join payments.payment_ticket t on t.id = r.ticket_id"
                + " where t.order_id = ?::uuid order by r.n",
            order),
        contains("3000", "7000"));
    String intent = ticketPaymentId(order);
    assertThat(
        stripe.refunds().stream()
            .filter(r -> r.get("payment_intent").getAsString().equals(intent))
            .map(r -> r.get("amount").getAsLong())
            .toList(),
        containsInAnyOrder(3_000L, 7_000L));
  }

  /** Stripe is asked for a refund once the refund's transaction has committed: wait for it. */
  static void awaitRefundsMade(String order) throws Exception {
    Instant deadline = Instant.now().plusSeconds(20);
    while (TestDatabase.count(
            "select count(*) from payments.payment_refund r join payments.payment_ticket t"
                + " on t.id = r.ticket_id where t.order_id = ?::uuid and r.state <> 'SUCCEEDED'",
            order)
        > 0) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("the refunds of " + order + " were never made at Stripe");
      }
      Thread.sleep(100);
    }
  }

  @Test
  void aRefundBeyondTheAmountPaidIsRefusedAndNothingIsRefunded() throws Exception {
    String order = openOrder(5_000);
    start(order, "pm_card_visa").then().statusCode(200);

    refund(order, 5_001)
        .then()
        .statusCode(422)
        .body("message", equalTo("errMsg_refundExceedsPayment"));

    assertThat(
        TestDatabase.count(
            "select count(*) from payments.payment_refund r join payments.payment_ticket t on t.id = r.ticket_id"
                + " where t.order_id = ?::uuid",
            order),
        is(0L));
  }

  @Test
  void anotherUserCannotPayOrRefreshSomeoneElsesOrder() {
    String order = openOrder(1_000);
    Tokens.User stranger = Tokens.user(buyer.tenant(), "student");

    Platform.as(stranger, "shop")
        .body(Map.of("paymentUserParams", Map.of("paymentMethodId", "pm_card_visa")))
        .patch("/v1/startprobepayment/" + order)
        .then()
        .statusCode(403);
    Platform.as(stranger, "shop").patch("/v1/refreshprobepayment/" + order).then().statusCode(403);
    assertThat(intentsFor(order), is(0L));
  }

  private String openOrder(long amountMinor) {
    return shop.open(amountMinor);
  }

  private String openOrder(long amountMinor, long reactionMillis) {
    return shop.open(amountMinor, reactionMillis);
  }

  private Response start(String order, String paymentMethod) {
    return shop.start(order, paymentMethod);
  }

  private Response refund(String order, Integer amountMinor) {
    return shop.refund(order, amountMinor);
  }

  private void startSucceeds(String order, String paymentMethod) {
    start(order, paymentMethod).then().statusCode(200).body("paymentResult.success", equalTo(true));
  }

  private List<String> changesOf(String order) {
    return shop.changesOf(order);
  }

  private long intentsFor(String order) {
    return stripe.paymentIntents().stream()
        .map(pi -> pi.getAsJsonObject("metadata"))
        .filter(
            metadata ->
                metadata != null
                    && metadata.has("orderId")
                    && metadata.get("orderId").getAsString().equals(order))
        .count();
  }

  private String eventOf(String intent, String type) {
    return stripe.events().stream()
        .filter(e -> e.get("type").getAsString().equals(type))
        .filter(e -> dataObject(e).get("id").getAsString().equals(intent))
        .map(e -> e.get("id").getAsString())
        .findFirst()
        .orElseThrow();
  }

  private static JsonObject dataObject(JsonObject event) {
    return event.getAsJsonObject("data").getAsJsonObject("object");
  }

  private static String ticketStatus(String order) throws Exception {
    return Shop.ticket(order, "payment_status");
  }

  private static String ticketPaymentId(String order) throws Exception {
    return Shop.ticket(order, "payment_id");
  }

  private void awaitProcessed(String eventId) throws Exception {
    Instant deadline = Instant.now().plusSeconds(15);
    while (TestDatabase.count(
            "select count(*) from payments.processed_webhook_event where event_id = ?", eventId)
        == 0) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "event "
                + eventId
                + " was never processed; deliveries: "
                + stripe.webhookDeliveries().stream()
                    .filter(d -> d.eventId().equals(eventId))
                    .toList());
      }
      Thread.sleep(100);
    }
  }

  private static void awaitTicketStatus(String order, String status) throws Exception {
    Instant deadline = Instant.now().plusSeconds(15);
    while (!status.equals(ticketStatus(order))) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "ticket of " + order + " never reached " + status + ": " + ticketStatus(order));
      }
      Thread.sleep(100);
    }
  }
}
