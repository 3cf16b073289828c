package com.marketplace.payments.stripe.emulator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.stripe.exception.ApiConnectionException;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCreateParams;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlowResponseTripsClientReadTimeoutTest extends EmulatorTestSupport {

  private static final PaymentIntentCreateParams PARAMS =
      PaymentIntentCreateParams.builder()
          .setAmount(1500L)
          .setCurrency("usd")
          .setPaymentMethod("pm_card_visa")
          .setConfirm(true)
          .build();

  @Test
  void delayBeyondReadTimeoutRaisesApiConnectionException() {
    emulator.delayNext("POST", "/v1/payment_intents", 1, Duration.ofMillis(1_200));

    ApiConnectionException error =
        assertThrows(
            ApiConnectionException.class,
            () -> client(0, 400).v1().paymentIntents().create(PARAMS));

    assertThat(error.getCause(), instanceOf(SocketTimeoutException.class));
  }

  @Test
  void retryAfterTimeoutReplaysTheCompletedRequestInsteadOfChargingTwice() throws Exception {
    // The slow first attempt still completes on the server, as it may on Stripe; the retry
    // (same idempotency key, sent at least 0.5 s after the 0.4 s timeout) must replay it.
    emulator.delayNext("POST", "/v1/payment_intents", 1, Duration.ofMillis(600));

    PaymentIntent intent = client(2, 400).v1().paymentIntents().create(PARAMS);

    assertThat(intent.getStatus(), equalTo("succeeded"));
    assertThat(count("payment_intent"), equalTo(1));
  }
}
