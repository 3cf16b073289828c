package com.marketplace.payments.domain;

import java.util.Optional;
import java.util.UUID;

/** The cards users paid with, what may be shown of them, once per tenant and card. */
public interface SavedPaymentMethodRepository {

  /** The payment method id of the user's most recently saved active card. */
  Optional<String> latestOf(UUID tenantId, UUID userId);

  /** Whether the tenant has saved the card already. */
  boolean known(UUID tenantId, String paymentMethodId);

  /** Whether the card is saved, and active, as one of the tenant's Stripe customer's cards. */
  boolean savedTo(UUID tenantId, String customerId, String paymentMethodId);

  void add(SavedPaymentMethod method);

  /** Writes the transaction's pending changes now. */
  void flush();
}
