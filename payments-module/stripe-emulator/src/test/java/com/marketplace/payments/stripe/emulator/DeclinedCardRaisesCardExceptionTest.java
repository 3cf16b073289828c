package com.marketplace.payments.stripe.emulator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.stripe.exception.CardException;
import com.stripe.model.Charge;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentConfirmParams;
import com.stripe.param.PaymentIntentCreateParams;
import org.junit.jupiter.api.Test;

class DeclinedCardRaisesCardExceptionTest extends EmulatorTestSupport {

  @Test
  void genericDeclineIsACardErrorWithDeclineCode() throws Exception {
    CardException error =
        assertThrows(CardException.class, () -> pay(1000L, "pm_card_chargeDeclined"));

    assertThat(error.getStatusCode(), equalTo(402));
    assertThat(error.getCode(), equalTo("card_declined"));
    assertThat(error.getDeclineCode(), equalTo("generic_decline"));
    assertThat(error.getUserMessage(), equalTo("Your card was declined."));
    assertThat(error.getRequestId(), startsWith("req_"));
    assertThat(error.getStripeError().getType(), equalTo("card_error"));
    assertThat(error.getCharge(), startsWith("ch_"));
    PaymentIntent embedded = error.getStripeError().getPaymentIntent();
    assertThat(embedded.getStatus(), equalTo("requires_payment_method"));
    assertThat(embedded.getLastPaymentError().getDeclineCode(), equalTo("generic_decline"));
  }

  @Test
  void insufficientFundsLeavesIntentAwaitingAnotherPaymentMethod() throws Exception {
    CardException error =
        assertThrows(
            CardException.class, () -> pay(1000L, "pm_card_chargeDeclinedInsufficientFunds"));
    String intentId = error.getStripeError().getPaymentIntent().getId();

    PaymentIntent intent = stripe.v1().paymentIntents().retrieve(intentId);

    assertThat(error.getDeclineCode(), equalTo("insufficient_funds"));
    assertThat(error.getUserMessage(), equalTo("Your card has insufficient funds."));
    assertThat(intent.getStatus(), equalTo("requires_payment_method"));
    assertThat(intent.getPaymentMethod(), nullValue());
    assertThat(intent.getAmountReceived(), equalTo(0L));
    assertThat(intent.getLastPaymentError().getCode(), equalTo("card_declined"));
    assertThat(
        intent.getLastPaymentError().getPaymentMethod().getCard().getLast4(), equalTo("9995"));
    Charge failed = stripe.v1().charges().retrieve(intent.getLatestCharge());
    assertThat(failed.getStatus(), equalTo("failed"));
    assertThat(failed.getOutcome().getReason(), equalTo("insufficient_funds"));
  }

  @Test
  void declinedIntentCanBeRetriedWithAnotherCard() throws Exception {
    PaymentIntent intent =
        stripe
            .v1()
            .paymentIntents()
            .create(PaymentIntentCreateParams.builder().setAmount(700L).setCurrency("usd").build());
    assertThrows(
        CardException.class,
        () ->
            stripe
                .v1()
                .paymentIntents()
                .confirm(
                    intent.getId(),
                    PaymentIntentConfirmParams.builder()
                        .setPaymentMethod("pm_card_chargeDeclined")
                        .build()));

    PaymentIntent retried =
        stripe
            .v1()
            .paymentIntents()
            .confirm(
                intent.getId(),
                PaymentIntentConfirmParams.builder().setPaymentMethod("pm_card_visa").build());

    assertThat(retried.getStatus(), equalTo("succeeded"));
    assertThat(retried.getLastPaymentError(), nullValue());
  }
}
