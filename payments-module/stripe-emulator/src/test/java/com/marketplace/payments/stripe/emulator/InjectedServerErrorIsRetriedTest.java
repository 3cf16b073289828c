package com.marketplace.payments.stripe.emulator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.stripe.StripeClient;
import com.stripe.exception.ApiException;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCreateParams;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InjectedServerErrorIsRetriedTest extends EmulatorTestSupport {

  private static final PaymentIntentCreateParams PARAMS =
      PaymentIntentCreateParams.builder()
          .setAmount(1500L)
          .setCurrency("usd")
          .setPaymentMethod("pm_card_visa")
          .setConfirm(true)
          .build();

  @Test
  void retriedCallSucceedsAndCreatesExactlyOneIntent() throws Exception {
    StripeClient retrying = client(2, 5_000);
    emulator.failNext("POST", "/v1/payment_intents", 1);

    PaymentIntent intent = retrying.v1().paymentIntents().create(PARAMS);

    assertThat(intent.getStatus(), equalTo("succeeded"));
    assertThat(count("payment_intent"), equalTo(1));
    assertThat(emulator.paymentIntents().get(0).get("id").getAsString(), equalTo(intent.getId()));
    List<RequestLogEntry> log = emulator.requestLog();
    assertThat(
        log.stream().map(RequestLogEntry::status).collect(Collectors.toList()), contains(500, 200));
    // stripe-java retries with the key it generated for the first attempt.
    assertThat(log.get(1).idempotencyKey(), equalTo(log.get(0).idempotencyKey()));
  }

  @Test
  void withoutRetriesTheErrorSurfacesAsApiException() {
    emulator.failNext("POST", "/v1/payment_intents", 1);

    ApiException error =
        assertThrows(ApiException.class, () -> stripe.v1().paymentIntents().create(PARAMS));

    assertThat(error.getStatusCode(), equalTo(500));
    assertThat(error.getStripeError().getType(), equalTo("api_error"));
    assertThat(count("payment_intent"), equalTo(0));
  }

  @Test
  void faultsMatchOnlyTheirMethodAndPathPattern() throws Exception {
    PaymentIntent intent =
        stripe
            .v1()
            .paymentIntents()
            .create(
                PaymentIntentCreateParams.builder()
                    .setAmount(100L)
                    .setCurrency("usd")
                    .setPaymentMethod("pm_card_visa")
                    .build());
    emulator.failNext("POST", "/v1/payment_intents/*/confirm", 1);

    assertThat(
        stripe.v1().paymentIntents().retrieve(intent.getId()).getStatus(),
        equalTo("requires_confirmation"));
    assertThrows(ApiException.class, () -> stripe.v1().paymentIntents().confirm(intent.getId()));
    assertThat(
        stripe.v1().paymentIntents().confirm(intent.getId()).getStatus(), equalTo("succeeded"));
  }
}
