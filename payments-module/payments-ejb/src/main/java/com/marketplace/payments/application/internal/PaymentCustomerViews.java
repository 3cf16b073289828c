package com.marketplace.payments.application.internal;

import com.marketplace.payments.application.PaymentCustomerView;
import com.marketplace.payments.application.PaymentMethodView;
import com.marketplace.payments.domain.PaymentCustomer;
import com.marketplace.payments.domain.SavedPaymentMethod;

/** Payment customers and their saved cards as the published views. */
public final class PaymentCustomerViews {

  private PaymentCustomerViews() {}

  public static PaymentCustomerView customer(PaymentCustomer customer) {
    return new PaymentCustomerView(
        customer.id(),
        customer.userId(),
        customer.customerId(),
        customer.platform(),
        customer.isActive(),
        customer.recordVersion(),
        customer.createdAt(),
        customer.updatedAt(),
        customer.ownerId());
  }

  /** What may be shown of a saved card, never its number. */
  public static PaymentMethodView method(SavedPaymentMethod method) {
    return new PaymentMethodView(
        method.id(),
        method.paymentMethodId(),
        method.userId(),
        method.customerId(),
        method.cardHolderName(),
        method.cardHolderZip(),
        method.platform(),
        new PaymentMethodView.CardInfo(
            method.brand(), method.last4(), method.expMonth(), method.expYear()),
        method.isActive(),
        method.recordVersion(),
        method.createdAt(),
        method.updatedAt(),
        method.ownerId());
  }
}
