package com.marketplace.payments.infrastructure.stripe;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.common.error.ApiException;
import com.marketplace.common.money.Money;
import com.marketplace.payments.domain.DisputeStatus;
import com.marketplace.payments.stripe.emulator.WebhookSigner;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StripeEventsTest {

  private static final String SECRET = "whsec_unit";

  @Test
  void anEventOfAnotherApiVersionStillNamesItsPaymentIntent() {
    StripeEvents.VerifiedEvent event =
        verify(
            event(
                "evt_1",
                "payment_intent.succeeded",
                "2019-02-19",
                "{\"id\":\"pi_1\",\"object\":\"payment_intent\",\"status\":\"succeeded\","
                    + "\"charges\":{\"object\":\"list\",\"data\":[]}}"));

    assertThat(event.paymentIntentId(), equalTo(Optional.of("pi_1")));
    assertThat(event.refunds(), is(false));
  }

  @Test
  void aRefundEventNamesThePaymentIntentItGivesMoneyBackFrom() {
    StripeEvents.VerifiedEvent event =
        verify(
            event(
                "evt_2",
                "refund.created",
                "2026-07-29.dahlia",
                "{\"id\":\"re_1\",\"object\":\"refund\",\"payment_intent\":\"pi_9\","
                    + "\"amount\":300,\"currency\":\"eur\",\"status\":\"succeeded\"}"));

    assertThat(event.paymentIntentId(), equalTo(Optional.of("pi_9")));
    assertThat(event.refunds(), is(true));
  }

  @Test
  void aChargebackEventCarriesItsStatusAndAmount() {
    StripeEvents.VerifiedEvent event =
        verify(
            event(
                "evt_3",
                "charge.dispute.created",
                "2026-07-29.dahlia",
                "{\"id\":\"dp_1\",\"object\":\"dispute\",\"payment_intent\":\"pi_3\","
                    + "\"amount\":4200,\"currency\":\"eur\",\"status\":\"needs_response\"}"));

    assertThat(
        event.dispute().orElseThrow(),
        equalTo(
            new StripeEvents.DisputeReport(
                "dp_1", DisputeStatus.NEEDS_RESPONSE, Money.ofMinor(4_200, "EUR"))));
    assertThat(event.paymentIntentId(), equalTo(Optional.of("pi_3")));
  }

  @Test
  void anEventAboutNoPaymentIsVerifiedAndConcernsNothing() {
    StripeEvents.VerifiedEvent event =
        verify(
            event(
                "evt_4",
                "customer.created",
                "2026-07-29.dahlia",
                "{\"id\":\"cus_1\",\"object\":\"customer\"}"));

    assertThat(event.paymentIntentId(), equalTo(Optional.empty()));
  }

  @Test
  void aSignedPayloadThatIsNotAnEventIs400() {
    String payload = "{\"id\":\"evt_5\",\"object\":\"event\",\"type\":\"x\",\"data\":[1]}";
    ApiException refused = assertThrows(ApiException.class, () -> verify(payload));

    assertThat(refused.status(), is(400));
  }

  @Test
  void aChargebackInAStatusStripeDoesNotHaveIsRefusedAsNotStripes() {
    String payload =
        event(
            "evt_6",
            "charge.dispute.updated",
            "2026-07-29.dahlia",
            "{\"id\":\"dp_2\",\"object\":\"dispute\",\"payment_intent\":\"pi_6\","
                + "\"amount\":4200,\"currency\":\"eur\",\"status\":\"settled_by_magic\"}");
    ApiException refused = assertThrows(ApiException.class, () -> verify(payload));

    assertThat(refused.status(), is(400));
  }

  @Test
  void everyDisputeStatusIsReadFromTheWordStripeSpellsItWith() {
    Map<String, DisputeStatus> stripeWords = new LinkedHashMap<>();
    for (String word :
        List.of(
            "warning_needs_response",
            "warning_under_review",
            "warning_closed",
            "needs_response",
            "under_review",
            "won",
            "lost",
            "prevented")) {
      stripeWords.put(word, StripeEvents.disputeStatus(word));
    }

    assertThat(List.copyOf(stripeWords.values()), is(List.of(DisputeStatus.values())));
    assertThrows(IllegalArgumentException.class, () -> StripeEvents.disputeStatus("LOST"));
    assertThrows(IllegalArgumentException.class, () -> StripeEvents.disputeStatus(null));
  }

  private static StripeEvents.VerifiedEvent verify(String payload) {
    return StripeEvents.verify(
        payload,
        WebhookSigner.signatureHeader(payload, SECRET, Instant.now().getEpochSecond()),
        SECRET);
  }

  private static String event(String id, String type, String apiVersion, String object) {
    return "{\"id\":\""
        + id
        + "\",\"object\":\"event\",\"api_version\":\""
        + apiVersion
        + "\",\"created\":1764000000,\"type\":\""
        + type
        + "\",\"data\":{\"object\":"
        + object
        + "}}";
  }
}
