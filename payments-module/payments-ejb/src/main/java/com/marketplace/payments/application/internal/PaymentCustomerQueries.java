package com.marketplace.payments.application.internal;

import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.payments.application.PaymentCustomerView;
import com.marketplace.payments.application.PaymentMethodFilter;
import com.marketplace.payments.application.PaymentMethodView;
import java.util.Optional;
import java.util.UUID;

/** The read side of payment customers and their saved cards; a null filter does not narrow. */
public interface PaymentCustomerQueries {

  /** The customer record of the tenant's user. */
  Optional<PaymentCustomerView> ofUser(UUID tenantId, UUID userId);

  Page<PaymentCustomerView> list(
      UUID tenantId, UUID userId, String customerId, String platform, PageRequest page);

  /** The cards the tenant's user saved, matching {@code filter} and {@code card}. */
  Page<PaymentMethodView> methods(
      UUID tenantId,
      UUID userId,
      PaymentMethodFilter filter,
      PaymentMethodView.CardInfo card,
      PageRequest page);
}
