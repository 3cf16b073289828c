package com.marketplace.payments.stripe.emulator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.stripe.StripeClient;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.model.PaymentIntent;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.PaymentIntentCreateParams;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdempotentRequestIsReplayedTest extends EmulatorTestSupport {

  private static PaymentIntentCreateParams params(long amount, String paymentMethod) {
    return PaymentIntentCreateParams.builder()
        .setAmount(amount)
        .setCurrency("usd")
        .setPaymentMethod(paymentMethod)
        .setConfirm(true)
        .putMetadata("order_id", "42")
        .build();
  }

  private static RequestOptions key(String key) {
    return RequestOptions.builder().setIdempotencyKey(key).build();
  }

  @Test
  void sameKeyAndParametersReplayTheFirstAnswer() throws Exception {
    PaymentIntent first =
        stripe.v1().paymentIntents().create(params(1000L, "pm_card_visa"), key("order-42"));
    PaymentIntent second =
        stripe.v1().paymentIntents().create(params(1000L, "pm_card_visa"), key("order-42"));

    assertThat(second.getId(), equalTo(first.getId()));
    assertThat(second.getLastResponse().body(), equalTo(first.getLastResponse().body()));
    assertThat(second.getLastResponse().requestId(), equalTo(first.getLastResponse().requestId()));
    assertThat(
        second.getLastResponse().headers().firstValue("Idempotent-Replayed").orElse(""),
        equalTo("true"));
    assertThat(count("payment_intent"), equalTo(1));
    List<RequestLogEntry> log = emulator.requestLog();
    assertThat(log.get(1).replayed(), equalTo(true));
    assertThat(log.get(1).idempotencyKey(), equalTo("order-42"));
  }

  @Test
  void sameKeyWithOtherParametersIsRefused() throws Exception {
    stripe.v1().paymentIntents().create(params(1000L, "pm_card_visa"), key("order-43"));

    IdempotencyException error =
        assertThrows(
            IdempotencyException.class,
            () ->
                stripe
                    .v1()
                    .paymentIntents()
                    .create(params(2000L, "pm_card_visa"), key("order-43")));

    assertThat(error.getStatusCode(), equalTo(400));
    assertThat(error.getStripeError().getType(), equalTo("idempotency_error"));
    assertThat(error.getMessage(), containsString("Try using a key other than 'order-43'"));
    assertThat(count("payment_intent"), equalTo(1));
  }

  @Test
  void sameKeyOnAnotherEndpointIsRefused() throws Exception {
    stripe.v1().paymentIntents().create(params(1000L, "pm_card_visa"), key("shared"));

    assertThrows(
        IdempotencyException.class,
        () ->
            stripe.v1().customers().create(CustomerCreateParams.builder().build(), key("shared")));
  }

  @Test
  void declineIsReplayedAsTheSameDecline() throws Exception {
    CardException first =
        assertThrows(
            CardException.class,
            () ->
                stripe
                    .v1()
                    .paymentIntents()
                    .create(params(1000L, "pm_card_chargeDeclined"), key("declined")));
    CardException second =
        assertThrows(
            CardException.class,
            () ->
                stripe
                    .v1()
                    .paymentIntents()
                    .create(params(1000L, "pm_card_chargeDeclined"), key("declined")));

    assertThat(
        second.getStripeError().getPaymentIntent().getId(),
        equalTo(first.getStripeError().getPaymentIntent().getId()));
    assertThat(count("payment_intent"), equalTo(1));
  }

  @Test
  void keysAreScopedPerApiKey() throws Exception {
    PaymentIntent mine =
        stripe.v1().paymentIntents().create(params(1000L, "pm_card_visa"), key("k"));
    StripeClient otherAccount =
        StripeClient.builder().setApiKey("sk_test_other").setApiBase(emulator.baseUrl()).build();

    PaymentIntent theirs =
        otherAccount.v1().paymentIntents().create(params(1000L, "pm_card_visa"), key("k"));

    assertThat(theirs.getId(), not(equalTo(mine.getId())));
  }
}
