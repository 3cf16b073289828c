package com.marketplace.payments.stripe.emulator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.stripe.exception.InvalidRequestException;
import com.stripe.model.Charge;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.RefundListParams;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RefundsAreLimitedToTheAmountReceivedTest extends EmulatorTestSupport {

  private Refund refund(String intentId, Long amount) throws Exception {
    return stripe
        .v1()
        .refunds()
        .create(RefundCreateParams.builder().setPaymentIntent(intentId).setAmount(amount).build());
  }

  @Test
  void partialRefundsAddUpToAFullRefund() throws Exception {
    PaymentIntent intent = pay(1000L, "pm_card_visa");

    Refund first =
        stripe
            .v1()
            .refunds()
            .create(
                RefundCreateParams.builder()
                    .setPaymentIntent(intent.getId())
                    .setAmount(300L)
                    .setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER)
                    .putMetadata("ticket", "T-1")
                    .build());
    Charge afterFirst = stripe.v1().charges().retrieve(intent.getLatestCharge());
    Refund rest = refund(intent.getId(), null);
    Charge afterAll = stripe.v1().charges().retrieve(intent.getLatestCharge());

    assertThat(first.getId(), startsWith("re_"));
    assertThat(first.getAmount(), equalTo(300L));
    assertThat(first.getStatus(), equalTo("succeeded"));
    assertThat(first.getReason(), equalTo("requested_by_customer"));
    assertThat(first.getMetadata(), hasEntry("ticket", "T-1"));
    assertThat(first.getPaymentIntent(), equalTo(intent.getId()));
    assertThat(first.getCharge(), equalTo(intent.getLatestCharge()));
    assertThat(afterFirst.getAmountRefunded(), equalTo(300L));
    assertThat(afterFirst.getRefunded(), is(false));
    assertThat(rest.getAmount(), equalTo(700L));
    assertThat(afterAll.getAmountRefunded(), equalTo(1000L));
    assertThat(afterAll.getRefunded(), is(true));
    assertThat(stripe.v1().refunds().retrieve(first.getId()).getAmount(), equalTo(300L));
    assertThat(
        stripe
            .v1()
            .refunds()
            .list(RefundListParams.builder().setPaymentIntent(intent.getId()).build())
            .getData()
            .stream()
            .map(Refund::getId)
            .collect(Collectors.toList()),
        contains(rest.getId(), first.getId()));
  }

  @Test
  void refundBeyondWhatIsLeftIsRefused() throws Exception {
    PaymentIntent intent = pay(1000L, "pm_card_visa");
    refund(intent.getId(), 600L);

    InvalidRequestException error =
        assertThrows(InvalidRequestException.class, () -> refund(intent.getId(), 500L));

    assertThat(error.getStatusCode(), equalTo(400));
    assertThat(error.getCode(), equalTo("amount_too_large"));
    assertThat(error.getParam(), equalTo("amount"));
    assertThat(
        error.getStripeError().getMessage(),
        equalTo("Refund amount ($5.00) is greater than unrefunded amount on charge ($4.00)"));
    assertThat(
        stripe.v1().charges().retrieve(intent.getLatestCharge()).getAmountRefunded(),
        equalTo(600L));
  }

  @Test
  void fullyRefundedChargeCannotBeRefundedAgain() throws Exception {
    PaymentIntent intent = pay(1000L, "pm_card_visa");
    refund(intent.getId(), null);

    InvalidRequestException error =
        assertThrows(InvalidRequestException.class, () -> refund(intent.getId(), null));

    assertThat(error.getCode(), equalTo("charge_already_refunded"));
  }

  @Test
  void intentThatHasNotSucceededCannotBeRefunded() throws Exception {
    PaymentIntent unpaid =
        stripe
            .v1()
            .paymentIntents()
            .create(
                PaymentIntentCreateParams.builder().setAmount(1000L).setCurrency("usd").build());

    InvalidRequestException error =
        assertThrows(InvalidRequestException.class, () -> refund(unpaid.getId(), null));

    assertThat(error.getStatusCode(), equalTo(400));
    assertThat(error.getParam(), equalTo("payment_intent"));
    assertThat(count("refund"), equalTo(0));
  }

  @Test
  void zeroDecimalAmountsAreFormattedWithoutDecimals() throws Exception {
    PaymentIntent intent =
        stripe
            .v1()
            .paymentIntents()
            .create(
                PaymentIntentCreateParams.builder()
                    .setAmount(500L)
                    .setCurrency("jpy")
                    .setPaymentMethod("pm_card_visa")
                    .setConfirm(true)
                    .build());

    InvalidRequestException error =
        assertThrows(InvalidRequestException.class, () -> refund(intent.getId(), 501L));

    assertThat(
        error.getStripeError().getMessage(),
        equalTo("Refund amount (¥501) is greater than unrefunded amount on charge (¥500)"));
  }
}
