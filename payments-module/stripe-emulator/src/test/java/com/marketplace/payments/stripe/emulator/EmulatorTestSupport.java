package com.marketplace.payments.stripe.emulator;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCreateParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Starts a fresh emulator on a free port for each test and points the real stripe-java client at
 * it.
 */
abstract class EmulatorTestSupport {

  static final String API_KEY = "sk_test_emulator";

  StripeEmulator emulator;
  StripeClient stripe;

  @BeforeEach
  void startEmulator() {
    emulator = StripeEmulator.start(0);
    stripe = client(0, 5_000);
  }

  @AfterEach
  void stopEmulator() {
    emulator.close();
  }

  StripeClient client(int maxNetworkRetries, int readTimeoutMs) {
    return StripeClient.builder()
        .setApiKey(API_KEY)
        .setApiBase(emulator.baseUrl())
        .setMaxNetworkRetries(maxNetworkRetries)
        .setConnectTimeout(2_000)
        .setReadTimeout(readTimeoutMs)
        .build();
  }

  /** Creates and confirms a PaymentIntent paid with one of Stripe's test tokens. */
  PaymentIntent pay(long amount, String paymentMethod) throws StripeException {
    return stripe
        .v1()
        .paymentIntents()
        .create(
            PaymentIntentCreateParams.builder()
                .setAmount(amount)
                .setCurrency("usd")
                .setPaymentMethod(paymentMethod)
                .setConfirm(true)
                .build());
  }

  int count(String objectName) {
    return emulator.objectCounts().get(objectName);
  }
}
