package com.marketplace.payments.stripe.emulator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.stripe.exception.InvalidRequestException;
import com.stripe.model.Customer;
import com.stripe.model.PaymentMethod;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.CustomerUpdateParams;
import com.stripe.param.PaymentMethodAttachParams;
import org.junit.jupiter.api.Test;

class CustomerIsCreatedRetrievedAndUpdatedTest extends EmulatorTestSupport {

  @Test
  void createdCustomerIsRetrievedWithItsFields() throws Exception {
    Customer created =
        stripe
            .v1()
            .customers()
            .create(
                CustomerCreateParams.builder()
                    .setEmail("ada@example.com")
                    .setName("Ada Lovelace")
                    .putMetadata("user_id", "42")
                    .build());

    Customer retrieved = stripe.v1().customers().retrieve(created.getId());

    assertThat(created.getId(), startsWith("cus_"));
    assertThat(retrieved.getId(), equalTo(created.getId()));
    assertThat(retrieved.getObject(), equalTo("customer"));
    assertThat(retrieved.getEmail(), equalTo("ada@example.com"));
    assertThat(retrieved.getName(), equalTo("Ada Lovelace"));
    assertThat(retrieved.getMetadata(), hasEntry("user_id", "42"));
    assertThat(retrieved.getLivemode(), is(false));
    assertThat(retrieved.getInvoiceSettings().getDefaultPaymentMethod(), nullValue());
  }

  @Test
  void updateSetsDefaultPaymentMethodAndMergesMetadata() throws Exception {
    Customer customer =
        stripe
            .v1()
            .customers()
            .create(
                CustomerCreateParams.builder()
                    .putMetadata("keep", "yes")
                    .putMetadata("drop", "soon")
                    .build());
    PaymentMethod card =
        stripe
            .v1()
            .paymentMethods()
            .attach(
                "pm_card_visa",
                PaymentMethodAttachParams.builder().setCustomer(customer.getId()).build());

    Customer updated =
        stripe
            .v1()
            .customers()
            .update(
                customer.getId(),
                CustomerUpdateParams.builder()
                    .setInvoiceSettings(
                        CustomerUpdateParams.InvoiceSettings.builder()
                            .setDefaultPaymentMethod(card.getId())
                            .build())
                    .putMetadata("drop", "")
                    .putMetadata("added", "1")
                    .setEmail("new@example.com")
                    .build());

    assertThat(updated.getInvoiceSettings().getDefaultPaymentMethod(), equalTo(card.getId()));
    assertThat(updated.getEmail(), equalTo("new@example.com"));
    assertThat(updated.getMetadata(), aMapWithSize(2));
    assertThat(updated.getMetadata(), hasEntry("keep", "yes"));
    assertThat(updated.getMetadata(), hasEntry("added", "1"));
  }

  @Test
  void defaultPaymentMethodMustBelongToTheCustomer() throws Exception {
    Customer customer = stripe.v1().customers().create(CustomerCreateParams.builder().build());
    PaymentMethod unattached = stripe.v1().paymentMethods().retrieve("pm_card_visa");

    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () ->
                stripe
                    .v1()
                    .customers()
                    .update(
                        customer.getId(),
                        CustomerUpdateParams.builder()
                            .setInvoiceSettings(
                                CustomerUpdateParams.InvoiceSettings.builder()
                                    .setDefaultPaymentMethod(unattached.getId())
                                    .build())
                            .build()));

    assertThat(error.getParam(), equalTo("invoice_settings[default_payment_method]"));
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
  void unknownCustomerIsResourceMissing() {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () -> stripe.v1().customers().retrieve("cus_doesnotexist"));

    assertThat(error.getStatusCode(), equalTo(404));
    assertThat(error.getCode(), equalTo("resource_missing"));
    assertThat(
        error.getStripeError().getMessage(), equalTo("No such customer: 'cus_doesnotexist'"));
  }
}
