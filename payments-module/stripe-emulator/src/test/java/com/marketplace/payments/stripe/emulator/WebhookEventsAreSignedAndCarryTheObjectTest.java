package com.marketplace.payments.stripe.emulator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.stripe.Stripe;
import com.stripe.exception.CardException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import org.junit.jupiter.api.Test;

class WebhookEventsAreSignedAndCarryTheObjectTest extends WebhookTestSupport {

  @Test
  void succeededPaymentIsDeliveredSignedWithTheFullIntent() throws Exception {
    PaymentIntent intent =
        stripe
            .v1()
            .paymentIntents()
            .create(
                PaymentIntentCreateParams.builder()
                    .setAmount(1200L)
                    .setCurrency("usd")
                    .setPaymentMethod("pm_card_visa")
                    .setConfirm(true)
                    .build(),
                RequestOptions.builder().setIdempotencyKey("checkout-9").build());

    WebhookReceiver.Delivery delivery = receiver.next();
    Event event = verify(delivery);

    assertThat(delivery.contentType(), startsWith("application/json"));
    assertThat(event.getId(), startsWith("evt_"));
    assertThat(event.getType(), equalTo("payment_intent.succeeded"));
    assertThat(event.getApiVersion(), equalTo(Stripe.API_VERSION));
    assertThat(event.getLivemode(), is(false));
    assertThat(event.getRequest().getIdempotencyKey(), equalTo("checkout-9"));
    assertThat(event.getRequest().getId(), equalTo(intent.getLastResponse().requestId()));
    PaymentIntent delivered = (PaymentIntent) objectOf(event);
    assertThat(delivered.getId(), equalTo(intent.getId()));
    assertThat(delivered.getStatus(), equalTo("succeeded"));
    assertThat(delivered.getAmountReceived(), equalTo(1200L));
    assertThat(
        stripe.v1().events().retrieve(event.getId()).getType(),
        equalTo("payment_intent.succeeded"));
  }

  @Test
  void declineAndRefundEmitTheirEvents() throws Exception {
    assertThrows(CardException.class, () -> pay(500L, "pm_card_chargeDeclined"));
    Event failed = verify(receiver.next());
    PaymentIntent paid = pay(800L, "pm_card_visa");
    receiver.next();
    stripe
        .v1()
        .refunds()
        .create(
            RefundCreateParams.builder().setPaymentIntent(paid.getId()).setAmount(300L).build());

    Event refundCreated = verify(receiver.next());
    Event chargeRefunded = verify(receiver.next());

    assertThat(failed.getType(), equalTo("payment_intent.payment_failed"));
    assertThat(
        ((PaymentIntent) objectOf(failed)).getLastPaymentError().getDeclineCode(),
        equalTo("generic_decline"));
    assertThat(refundCreated.getType(), equalTo("refund.created"));
    assertThat(((Refund) objectOf(refundCreated)).getAmount(), equalTo(300L));
    assertThat(chargeRefunded.getType(), equalTo("charge.refunded"));
    assertThat(((Charge) objectOf(chargeRefunded)).getAmountRefunded(), equalTo(300L));
  }

  @Test
  void requiresActionAndCancelEmitTheirEvents() throws Exception {
    PaymentIntent intent = pay(100L, "pm_card_authenticationRequired");
    stripe.v1().paymentIntents().cancel(intent.getId());

    Event requiresAction = verify(receiver.next());
    Event canceled = verify(receiver.next());

    assertThat(requiresAction.getType(), equalTo("payment_intent.requires_action"));
    assertThat(((PaymentIntent) objectOf(requiresAction)).getStatus(), equalTo("requires_action"));
    assertThat(canceled.getType(), equalTo("payment_intent.canceled"));
    assertThat(((PaymentIntent) objectOf(canceled)).getStatus(), equalTo("canceled"));
  }

  @Test
  void wrongSecretOrAlteredPayloadFailsVerification() throws Exception {
    pay(100L, "pm_card_visa");
    WebhookReceiver.Delivery delivery = receiver.next();

    assertThrows(
        SignatureVerificationException.class,
        () -> Webhook.constructEvent(delivery.payload(), delivery.signature(), "whsec_wrong"));
    assertThrows(
        SignatureVerificationException.class,
        () ->
            Webhook.constructEvent(
                delivery.payload().replace("100", "999"), delivery.signature(), SECRET));
  }
}
