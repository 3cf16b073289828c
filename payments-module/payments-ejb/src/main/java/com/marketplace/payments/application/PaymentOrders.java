package com.marketplace.payments.application;

import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by each module that sells something (enrollment, booking), once per order type, and
 * registered with {@link PaymentOrderRegistry} at startup. Payments calls it inside its own
 * transaction, so "paid" and "enrollment active" commit or roll back together.
 */
public interface PaymentOrders {

  /** The order type this module owns, e.g. {@code enrollment} or {@code reservation}. */
  String orderType();

  /** The order of {@code tenantId}, if it exists. */
  Optional<PayableOrder> find(UUID tenantId, UUID orderId);

  /** Called in the transaction that records the change; an exception rolls both back. */
  void paymentChanged(PaymentChange change);
}
