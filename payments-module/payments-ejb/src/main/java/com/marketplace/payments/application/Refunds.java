package com.marketplace.payments.application;

import com.marketplace.common.money.Money;
import java.util.UUID;

/** Refunding orders' payments, partially or fully, for their owning modules. */
public interface Refunds {

  /**
   * Refunds {@code amount} of an order's payment (all that is left when null), for the owning
   * module: a cancellation, a dispute, an admin decision. Several partial refunds may follow one
   * another up to the amount paid; beyond it, 422.
   *
   * <p>The refund is recorded in the caller's transaction, and the owning module hears of it there
   * (so "cancelled and refunded" commit together); Stripe is asked only once that transaction has
   * committed. A refund whose transaction rolls back is never made.
   *
   * @return the id of the platform's refund record
   */
  String refund(
      UUID tenantId, UUID actorId, String orderType, UUID orderId, Money amount, String reason);
}
