package com.marketplace.payments.stripe.emulator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.stripe.model.Charge;
import com.stripe.model.Customer;
import com.stripe.model.PaymentIntent;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.PaymentIntentConfirmParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentListParams;
import com.stripe.param.PaymentIntentRetrieveParams;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConfirmedCardPaymentSucceedsTest extends EmulatorTestSupport {

  @Test
  void createAndConfirmWithVisaSucceeds() throws Exception {
    Customer customer = stripe.v1().customers().create(CustomerCreateParams.builder().build());

    PaymentIntent intent =
        stripe
            .v1()
            .paymentIntents()
            .create(
                PaymentIntentCreateParams.builder()
                    .setAmount(2500L)
                    .setCurrency("eur")
                    .setCustomer(customer.getId())
                    .setPaymentMethod("pm_card_visa")
                    .setConfirm(true)
                    .setDescription("Booking 7")
                    .putMetadata("order_id", "42")
                    .build());

    assertThat(intent.getId(), startsWith("pi_"));
    assertThat(intent.getStatus(), equalTo("succeeded"));
    assertThat(intent.getAmount(), equalTo(2500L));
    assertThat(intent.getAmountReceived(), equalTo(2500L));
    assertThat(intent.getCurrency(), equalTo("eur"));
    assertThat(intent.getCustomer(), equalTo(customer.getId()));
    assertThat(intent.getClientSecret(), startsWith(intent.getId() + "_secret_"));
    assertThat(intent.getLatestCharge(), startsWith("ch_"));
    assertThat(intent.getPaymentMethod(), startsWith("pm_"));
    assertThat(intent.getMetadata(), hasEntry("order_id", "42"));
    assertThat(intent.getDescription(), equalTo("Booking 7"));
    assertThat(intent.getLastPaymentError(), nullValue());
  }

  @Test
  void separateConfirmMovesIntentFromRequiresPaymentMethodToSucceeded() throws Exception {
    PaymentIntent created =
        stripe
            .v1()
            .paymentIntents()
            .create(
                PaymentIntentCreateParams.builder()
                    .setAmount(1000L)
                    .setCurrency("usd")
                    .setAutomaticPaymentMethods(
                        PaymentIntentCreateParams.AutomaticPaymentMethods.builder()
                            .setEnabled(true)
                            .build())
                    .build());
    assertThat(created.getStatus(), equalTo("requires_payment_method"));
    assertThat(created.getAutomaticPaymentMethods().getEnabled(), is(true));

    PaymentIntent confirmed =
        stripe
            .v1()
            .paymentIntents()
            .confirm(
                created.getId(),
                PaymentIntentConfirmParams.builder()
                    .setPaymentMethod("pm_card_mastercard")
                    .build());

    assertThat(confirmed.getStatus(), equalTo("succeeded"));
    assertThat(confirmed.getAmountReceived(), equalTo(1000L));
  }

  @Test
  void latestChargeExpandsToThePaidCharge() throws Exception {
    PaymentIntent intent = pay(1999L, "pm_card_visa");

    PaymentIntent expanded =
        stripe
            .v1()
            .paymentIntents()
            .retrieve(
                intent.getId(),
                PaymentIntentRetrieveParams.builder().addExpand("latest_charge").build());

    Charge charge = expanded.getLatestChargeObject();
    assertThat(charge.getId(), equalTo(intent.getLatestCharge()));
    assertThat(charge.getStatus(), equalTo("succeeded"));
    assertThat(charge.getPaid(), is(true));
    assertThat(charge.getAmountCaptured(), equalTo(1999L));
    assertThat(charge.getPaymentIntent(), equalTo(intent.getId()));
    assertThat(charge.getPaymentMethodDetails().getCard().getLast4(), equalTo("4242"));
    assertThat(charge.getOutcome().getType(), equalTo("authorized"));
  }

  @Test
  void zeroDecimalCurrencyAmountsAreTakenAsIs() throws Exception {
    PaymentIntent intent =
        stripe
            .v1()
            .paymentIntents()
            .create(
                PaymentIntentCreateParams.builder()
                    .setAmount(5000L)
                    .setCurrency("jpy")
                    .setPaymentMethod("pm_card_visa")
                    .setConfirm(true)
                    .build());

    assertThat(intent.getStatus(), equalTo("succeeded"));
    assertThat(intent.getAmountReceived(), equalTo(5000L));
  }

  @Test
  void intentsAreListedPerCustomerNewestFirstAndPaged() throws Exception {
    Customer customer = stripe.v1().customers().create(CustomerCreateParams.builder().build());
    PaymentIntentCreateParams.Builder params =
        PaymentIntentCreateParams.builder()
            .setAmount(100L)
            .setCurrency("usd")
            .setCustomer(customer.getId());
    PaymentIntent first = stripe.v1().paymentIntents().create(params.build());
    PaymentIntent second = stripe.v1().paymentIntents().create(params.build());
    PaymentIntent third =
        stripe
            .v1()
            .paymentIntents()
            .create(params.setPaymentMethod("pm_card_visa").setConfirm(true).build());
    PaymentIntentListParams.Builder list =
        PaymentIntentListParams.builder().setCustomer(customer.getId()).setLimit(2L);

    var firstPage = stripe.v1().paymentIntents().list(list.addExpand("data.latest_charge").build());
    var secondPage =
        stripe.v1().paymentIntents().list(list.setStartingAfter(second.getId()).build());

    assertThat(ids(firstPage.getData()), contains(third.getId(), second.getId()));
    assertThat(firstPage.getHasMore(), is(true));
    assertThat(firstPage.getData().get(0).getLatestChargeObject().getPaid(), is(true));
    assertThat(ids(secondPage.getData()), contains(first.getId()));
    assertThat(secondPage.getHasMore(), is(false));
  }

  private static List<String> ids(List<PaymentIntent> intents) {
    return intents.stream().map(PaymentIntent::getId).collect(Collectors.toList());
  }
}
