package com.marketplace.payments.stripe.emulator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.stripe.exception.InvalidRequestException;
import com.stripe.model.Customer;
import com.stripe.model.PaymentMethod;
import com.stripe.model.StripeCollection;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.CustomerUpdateParams;
import com.stripe.param.PaymentMethodAttachParams;
import com.stripe.param.PaymentMethodListParams;
import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AttachingTestCardCreatesCardPaymentMethodTest extends EmulatorTestSupport {

  private PaymentMethod attach(String token, String customerId) throws Exception {
    return stripe
        .v1()
        .paymentMethods()
        .attach(token, PaymentMethodAttachParams.builder().setCustomer(customerId).build());
  }

  @Test
  void attachedVisaTokenBecomesANewCardPaymentMethod() throws Exception {
    Customer customer = stripe.v1().customers().create(CustomerCreateParams.builder().build());

    PaymentMethod card = attach("pm_card_visa", customer.getId());

    assertThat(card.getId(), startsWith("pm_"));
    assertThat(card.getId(), not(equalTo("pm_card_visa")));
    assertThat(card.getType(), equalTo("card"));
    assertThat(card.getCustomer(), equalTo(customer.getId()));
    assertThat(card.getCard().getBrand(), equalTo("visa"));
    assertThat(card.getCard().getLast4(), equalTo("4242"));
    assertThat(card.getCard().getExpYear(), greaterThan((long) Year.now().getValue()));
    assertThat(card.getCard().getCountry(), equalTo("US"));
    assertThat(card.getBillingDetails().getEmail(), nullValue());
  }

  @Test
  void mastercardTokenHasItsOwnBrandAndLast4() throws Exception {
    Customer customer = stripe.v1().customers().create(CustomerCreateParams.builder().build());

    PaymentMethod card = attach("pm_card_mastercard", customer.getId());

    assertThat(card.getCard().getBrand(), equalTo("mastercard"));
    assertThat(card.getCard().getLast4(), equalTo("4444"));
  }

  @Test
  void customersCardsAreListedNewestFirstAndDetachRemovesThem() throws Exception {
    Customer customer = stripe.v1().customers().create(CustomerCreateParams.builder().build());
    Customer other = stripe.v1().customers().create(CustomerCreateParams.builder().build());
    PaymentMethod visa = attach("pm_card_visa", customer.getId());
    PaymentMethod mastercard = attach("pm_card_mastercard", customer.getId());
    attach("pm_card_amex", other.getId());
    stripe
        .v1()
        .customers()
        .update(
            customer.getId(),
            CustomerUpdateParams.builder()
                .setInvoiceSettings(
                    CustomerUpdateParams.InvoiceSettings.builder()
                        .setDefaultPaymentMethod(visa.getId())
                        .build())
                .build());

    StripeCollection<PaymentMethod> listed =
        stripe.v1().customers().paymentMethods().list(customer.getId());
    assertThat(ids(listed), contains(mastercard.getId(), visa.getId()));

    PaymentMethod detached = stripe.v1().paymentMethods().detach(visa.getId());
    assertThat(detached.getCustomer(), nullValue());
    StripeCollection<PaymentMethod> remaining =
        stripe
            .v1()
            .paymentMethods()
            .list(
                PaymentMethodListParams.builder()
                    .setCustomer(customer.getId())
                    .setType(PaymentMethodListParams.Type.CARD)
                    .build());
    assertThat(ids(remaining), contains(mastercard.getId()));
    // Detaching the default card also clears it from the customer, as on Stripe.
    assertThat(
        stripe
            .v1()
            .customers()
            .retrieve(customer.getId())
            .getInvoiceSettings()
            .getDefaultPaymentMethod(),
        nullValue());
  }

  @Test
  void cardOfOneCustomerCannotBeAttachedToAnother() throws Exception {
    Customer first = stripe.v1().customers().create(CustomerCreateParams.builder().build());
    Customer second = stripe.v1().customers().create(CustomerCreateParams.builder().build());
    PaymentMethod card = attach("pm_card_visa", first.getId());

    InvalidRequestException error =
        assertThrows(InvalidRequestException.class, () -> attach(card.getId(), second.getId()));

    assertThat(error.getStatusCode(), equalTo(400));
    assertThat(stripe.v1().customers().paymentMethods().list(second.getId()).getData(), empty());
  }

  private static List<String> ids(StripeCollection<PaymentMethod> list) {
    return list.getData().stream().map(PaymentMethod::getId).collect(Collectors.toList());
  }
}
