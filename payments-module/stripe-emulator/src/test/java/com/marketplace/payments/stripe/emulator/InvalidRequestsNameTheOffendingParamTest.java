package com.marketplace.payments.stripe.emulator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.stripe.StripeClient;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.param.PaymentIntentCreateParams;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class InvalidRequestsNameTheOffendingParamTest extends EmulatorTestSupport {

  private InvalidRequestException createFails(PaymentIntentCreateParams params) {
    return assertThrows(
        InvalidRequestException.class, () -> stripe.v1().paymentIntents().create(params));
  }

  @Test
  void nonPositiveAmountIsRefused() {
    InvalidRequestException error =
        createFails(PaymentIntentCreateParams.builder().setAmount(0L).setCurrency("usd").build());

    assertThat(error.getStatusCode(), equalTo(400));
    assertThat(error.getParam(), equalTo("amount"));
    assertThat(count("payment_intent"), equalTo(0));
  }

  @Test
  void missingAmountIsRefused() {
    InvalidRequestException error =
        createFails(PaymentIntentCreateParams.builder().setCurrency("usd").build());

    assertThat(error.getCode(), equalTo("parameter_missing"));
    assertThat(error.getParam(), equalTo("amount"));
  }

  @Test
  void uppercaseOrUnknownCurrencyIsRefused() {
    assertThat(
        createFails(PaymentIntentCreateParams.builder().setAmount(100L).setCurrency("USD").build())
            .getParam(),
        equalTo("currency"));
    assertThat(
        createFails(PaymentIntentCreateParams.builder().setAmount(100L).setCurrency("xqz").build())
            .getParam(),
        equalTo("currency"));
  }

  @Test
  void unknownPaymentIntentIsResourceMissing() {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class, () -> stripe.v1().paymentIntents().retrieve("pi_nope"));

    assertThat(error.getStatusCode(), equalTo(404));
    assertThat(error.getCode(), equalTo("resource_missing"));
  }

  @Test
  void unknownPaymentMethodIsNamed() {
    InvalidRequestException error =
        createFails(
            PaymentIntentCreateParams.builder()
                .setAmount(100L)
                .setCurrency("usd")
                .setPaymentMethod("pm_unknown")
                .build());

    assertThat(error.getParam(), equalTo("payment_method"));
    assertThat(error.getStripeError().getMessage(), equalTo("No such PaymentMethod: 'pm_unknown'"));
  }

  @Test
  void liveOrMissingKeyIsUnauthorized() throws Exception {
    StripeClient live =
        StripeClient.builder()
            .setApiKey("sk_live_123456789012")
            .setApiBase(emulator.baseUrl())
            .build();
    AuthenticationException error =
        assertThrows(AuthenticationException.class, () -> live.v1().customers().retrieve("cus_x"));
    assertThat(error.getStatusCode(), equalTo(401));
    assertThat(error.getMessage(), containsString("Invalid API Key provided: sk_live_****9012"));

    HttpResponse<String> anonymous =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/v1/customers/cus_x"))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode(), equalTo(401));
    assertThat(anonymous.body(), containsString("\"type\":\"invalid_request_error\""));
  }

  @Test
  void confirmingASucceededIntentIsAnUnexpectedState() throws Exception {
    String id = pay(100L, "pm_card_visa").getId();

    InvalidRequestException error =
        assertThrows(InvalidRequestException.class, () -> stripe.v1().paymentIntents().confirm(id));

    assertThat(error.getCode(), equalTo("payment_intent_unexpected_state"));
  }

  @Test
  void confirmingWithoutAPaymentMethodCreatesNothing() {
    InvalidRequestException error =
        createFails(
            PaymentIntentCreateParams.builder()
                .setAmount(100L)
                .setCurrency("usd")
                .setConfirm(true)
                .build());

    assertThat(error.getCode(), equalTo("payment_intent_unexpected_state"));
    assertThat(count("payment_intent"), equalTo(0));
  }
}
