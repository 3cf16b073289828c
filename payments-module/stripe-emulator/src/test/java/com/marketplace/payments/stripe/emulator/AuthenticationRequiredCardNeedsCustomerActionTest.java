package com.marketplace.payments.stripe.emulator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.stripe.exception.CardException;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCreateParams;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class AuthenticationRequiredCardNeedsCustomerActionTest extends EmulatorTestSupport {

  private PaymentIntent payWith3ds(String returnUrl, Boolean offSession) throws Exception {
    return stripe
        .v1()
        .paymentIntents()
        .create(
            PaymentIntentCreateParams.builder()
                .setAmount(4200L)
                .setCurrency("usd")
                .setPaymentMethod("pm_card_authenticationRequired")
                .setConfirm(true)
                .setReturnUrl(returnUrl)
                .setOffSession(offSession)
                .build());
  }

  @Test
  void intentRequiresActionUntilTheCustomerPasses3dSecure() throws Exception {
    PaymentIntent intent = payWith3ds(null, null);

    assertThat(intent.getStatus(), equalTo("requires_action"));
    assertThat(intent.getClientSecret(), startsWith(intent.getId() + "_secret_"));
    assertThat(intent.getNextAction().getType(), equalTo("use_stripe_sdk"));
    assertThat(intent.getNextAction().getUseStripeSdk(), notNullValue());
    assertThat(intent.getAmountReceived(), equalTo(0L));

    emulator.completeAuthentication(intent.getId());

    PaymentIntent completed = stripe.v1().paymentIntents().retrieve(intent.getId());
    assertThat(completed.getStatus(), equalTo("succeeded"));
    assertThat(completed.getAmountReceived(), equalTo(4200L));
    assertThat(completed.getNextAction(), nullValue());
    assertThat(completed.getLatestCharge(), startsWith("ch_"));
  }

  @Test
  void failed3dSecureSendsIntentBackToRequiresPaymentMethod() throws Exception {
    PaymentIntent intent = payWith3ds(null, null);

    emulator.failAuthentication(intent.getId());

    PaymentIntent failed = stripe.v1().paymentIntents().retrieve(intent.getId());
    assertThat(failed.getStatus(), equalTo("requires_payment_method"));
    assertThat(
        failed.getLastPaymentError().getCode(), equalTo("payment_intent_authentication_failure"));
  }

  @Test
  void offSessionPaymentThatNeedsAuthenticationIsDeclined() {
    CardException error = assertThrows(CardException.class, () -> payWith3ds(null, true));

    assertThat(error.getCode(), equalTo("authentication_required"));
    assertThat(error.getDeclineCode(), equalTo("authentication_required"));
    assertThat(
        error.getStripeError().getPaymentIntent().getStatus(), equalTo("requires_payment_method"));
  }

  @Test
  void redirectFlowAuthenticatesAndReturnsToTheShop() throws Exception {
    PaymentIntent intent = payWith3ds("https://shop.example/checkout/done", null);
    assertThat(intent.getNextAction().getType(), equalTo("redirect_to_url"));
    String url = intent.getNextAction().getRedirectToUrl().getUrl();
    assertThat(url, startsWith(emulator.baseUrl() + "/_emulator/"));

    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(page.statusCode(), equalTo(302));
    String location = page.headers().firstValue("Location").orElseThrow();
    assertThat(
        location,
        startsWith("https://shop.example/checkout/done?payment_intent=" + intent.getId()));
    assertThat(location, containsString("redirect_status=succeeded"));
    assertThat(
        stripe.v1().paymentIntents().retrieve(intent.getId()).getStatus(), equalTo("succeeded"));
  }

  @Test
  void completingAnIntentThatNeedsNoActionIsRefused() throws Exception {
    PaymentIntent paid = pay(100L, "pm_card_visa");

    IllegalStateException error =
        assertThrows(
            IllegalStateException.class, () -> emulator.completeAuthentication(paid.getId()));

    assertThat(error.getMessage(), containsString("status of succeeded"));
  }
}
