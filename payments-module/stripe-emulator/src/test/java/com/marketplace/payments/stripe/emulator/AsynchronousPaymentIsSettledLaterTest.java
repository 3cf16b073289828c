package com.marketplace.payments.stripe.emulator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.stripe.exception.InvalidRequestException;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.param.EventListParams;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentCreateParams;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AsynchronousPaymentIsSettledLaterTest extends EmulatorTestSupport {

  @Test
  void processingPaymentSucceedsWhenTheBankSettlesIt() throws Exception {
    PaymentIntent intent = pay(3000L, "pm_card_processing");
    assertThat(intent.getStatus(), equalTo("processing"));
    assertThat(
        stripe.v1().charges().retrieve(intent.getLatestCharge()).getStatus(), equalTo("pending"));

    emulator.advancePaymentIntent(intent.getId(), "succeeded");

    PaymentIntent settled = stripe.v1().paymentIntents().retrieve(intent.getId());
    Charge charge = stripe.v1().charges().retrieve(settled.getLatestCharge());
    assertThat(settled.getStatus(), equalTo("succeeded"));
    assertThat(settled.getAmountReceived(), equalTo(3000L));
    assertThat(charge.getId(), equalTo(intent.getLatestCharge()));
    assertThat(charge.getStatus(), equalTo("succeeded"));
    assertThat(eventTypes(), contains("payment_intent.succeeded", "payment_intent.processing"));
  }

  @Test
  void processingPaymentCanFailLater() throws Exception {
    PaymentIntent intent = pay(3000L, "pm_card_processing");

    emulator.advancePaymentIntent(intent.getId(), "requires_payment_method");

    PaymentIntent failed = stripe.v1().paymentIntents().retrieve(intent.getId());
    assertThat(failed.getStatus(), equalTo("requires_payment_method"));
    assertThat(failed.getLastPaymentError(), notNullValue());
    assertThat(
        eventTypes(), contains("payment_intent.payment_failed", "payment_intent.processing"));
    assertThat(
        stripe
            .v1()
            .events()
            .list(EventListParams.builder().setType("*.processing").build())
            .getData()
            .size(),
        equalTo(1));
  }

  @Test
  void confirmedIntentCanBeMovedToProcessingThenSucceeded() throws Exception {
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

    emulator.advancePaymentIntent(intent.getId(), "processing");
    emulator.advancePaymentIntent(intent.getId(), "succeeded");

    assertThat(
        stripe.v1().paymentIntents().retrieve(intent.getId()).getStatus(), equalTo("succeeded"));
    assertThat(count("charge"), equalTo(1));
  }

  @Test
  void openIntentIsCanceledButASucceededOneIsNot() throws Exception {
    PaymentIntent open =
        stripe
            .v1()
            .paymentIntents()
            .create(PaymentIntentCreateParams.builder().setAmount(100L).setCurrency("usd").build());
    PaymentIntent paid = pay(100L, "pm_card_visa");

    PaymentIntent canceled =
        stripe
            .v1()
            .paymentIntents()
            .cancel(
                open.getId(),
                PaymentIntentCancelParams.builder()
                    .setCancellationReason(PaymentIntentCancelParams.CancellationReason.ABANDONED)
                    .build());

    assertThat(canceled.getStatus(), equalTo("canceled"));
    assertThat(canceled.getCancellationReason(), equalTo("abandoned"));
    assertThat(canceled.getCanceledAt(), notNullValue());
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class, () -> stripe.v1().paymentIntents().cancel(paid.getId()));
    assertThat(error.getCode(), equalTo("payment_intent_unexpected_state"));
    assertThat(
        stripe
            .v1()
            .events()
            .list(EventListParams.builder().setType("payment_intent.canceled").build())
            .getData()
            .size(),
        equalTo(1));
  }

  /** Newest first, as Stripe lists events. */
  private List<String> eventTypes() throws Exception {
    return stripe.v1().events().list().getData().stream()
        .map(Event::getType)
        .collect(Collectors.toList());
  }
}
