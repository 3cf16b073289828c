package com.marketplace.payments.application;

import java.util.UUID;

/**
 * What a browser coming back from Stripe's payment page learns: the order and where its payment
 * stands as the platform now records it, when the return was genuine; nothing when it was refused
 * (unknown PaymentIntent, wrong client secret, another tenant's or another kind of order's; nothing
 * changed). The page's {@code outcome} word is the payment routes' ({@code
 * payments.web.PaymentReturnPage}).
 *
 * @param status where the payment stands; null when the return was refused
 */
public record PaymentReturn(UUID tenantId, UUID orderId, PaymentChange.Status status) {

  public static PaymentReturn refused() {
    return new PaymentReturn(null, null, null);
  }

  /** Whether the return was genuine (then {@link #orderId()} and {@link #status()} are known). */
  public boolean genuine() {
    return orderId != null;
  }
}
