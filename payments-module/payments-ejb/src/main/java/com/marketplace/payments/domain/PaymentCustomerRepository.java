package com.marketplace.payments.domain;

import java.util.Optional;
import java.util.UUID;

/** The payment-platform customers of users, one per tenant and user (the database's unique key). */
public interface PaymentCustomerRepository {

  /** The Stripe customer id recorded for the user, if any. */
  Optional<String> customerIdOf(UUID tenantId, UUID userId);

  void add(PaymentCustomer customer);

  /** Writes the transaction's pending changes now. */
  void flush();
}
