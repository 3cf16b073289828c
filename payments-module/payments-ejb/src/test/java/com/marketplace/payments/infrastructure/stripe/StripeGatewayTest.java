package com.marketplace.payments.infrastructure.stripe;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.common.error.ApiException;
import com.marketplace.common.money.Money;
import com.marketplace.payments.application.PaymentDeclined;
import com.marketplace.payments.domain.PaymentStatus;
import com.marketplace.payments.stripe.emulator.StripeEmulator;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway against the local Stripe emulator, through the real stripe-java client. */
class StripeGatewayTest {

  private static final Money TEN_EUROS = Money.ofMinor(1_000, "EUR");
  private StripeEmulator emulator;
  private StripeGateway gateway;
  private String customer;

  @BeforeEach
  void start() {
    emulator = StripeEmulator.start(0);
    gateway = gatewayWithReadTimeout(Duration.ofSeconds(5));
    customer = gateway.createCustomer("customer:t:u", "u@example.test", "U", Map.of("tenant", "t"));
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void theSameKeyReturnsTheSameCustomer() {
    assertThat(
        gateway.createCustomer("customer:t:u", "u@example.test", "U", Map.of("tenant", "t")),
        equalTo(customer));
  }

  @Test
  void attachingACardShowsItsBrandAndLastDigitsOnly() {
    StripeGateway.CardDetails card = gateway.attach("attach:1", "pm_card_visa", customer);

    assertThat(card.paymentMethodId(), startsWith("pm_"));
    assertThat(card.brand(), equalTo("visa"));
    assertThat(card.last4(), equalTo("4242"));
  }

  @Test
  void aGoodCardSucceeds() {
    IntentState state = pay("order:1", "pm_card_visa");

    assertThat(state.status(), is(PaymentStatus.SUCCEEDED));
    assertThat(state.id(), startsWith("pi_"));
  }

  @Test
  void aDeclineIs422WithStripesDeclineCode() {
    PaymentDeclined declined =
        assertThrows(
            PaymentDeclined.class, () -> pay("order:2", "pm_card_chargeDeclinedInsufficientFunds"));

    assertThat(declined.status(), is(422));
    assertThat(declined.declineCode(), equalTo("insufficient_funds"));
  }

  @Test
  void authenticationRequiredHandsBackTheClientSecret() {
    IntentState state = pay("order:3", "pm_card_authenticationRequired");

    assertThat(state.status(), is(PaymentStatus.REQUIRES_ACTION));
    assertThat(state.clientSecret(), startsWith(state.id() + "_secret_"));
    assertThat(state.nextActionType(), notNullValue());
  }

  @Test
  void aServerErrorIsRetriedAndChargesOnce() {
    emulator.failNext("POST", "/v1/payment_intents", 1);

    IntentState state = pay("order:4", "pm_card_visa");

    assertThat(state.status(), is(PaymentStatus.SUCCEEDED));
    assertThat(emulator.paymentIntents().size(), is(1));
  }

  @Test
  void anUnansweredStripeIs503() {
    StripeGateway impatient = gatewayWithReadTimeout(Duration.ofMillis(300));
    emulator.delayNext("POST", "/v1/payment_intents", 3, Duration.ofSeconds(2));

    ApiException failure =
        assertThrows(
            ApiException.class,
            () -> impatient.pay("order:5", TEN_EUROS, customer, "pm_card_visa", null, Map.of()));

    assertThat(failure.status(), is(503));
  }

  @Test
  void refundsPartiallyAndRefusesBeyondThePayment() {
    IntentState paid = pay("order:6", "pm_card_visa");

    assertThat(
        gateway.refund("refund:6:1", paid.id(), Money.ofMinor(400, "EUR"), Map.of()),
        startsWith("re_"));
    ApiException tooMuch =
        assertThrows(
            ApiException.class,
            () -> gateway.refund("refund:6:2", paid.id(), Money.ofMinor(601, "EUR"), Map.of()));
    assertThat(tooMuch.status(), is(422));
  }

  private IntentState pay(String key, String paymentMethod) {
    return gateway.pay(key, TEN_EUROS, customer, paymentMethod, null, Map.of("orderId", key));
  }

  private StripeGateway gatewayWithReadTimeout(Duration readTimeout) {
    return new StripeGateway(
        new StripeSettings(
            "sk_test_local",
            Optional.of(emulator.baseUrl()),
            Duration.ofSeconds(2),
            readTimeout,
            1));
  }
}
