package com.marketplace.payments.application;

import java.util.UUID;

/**
 * What a browser coming back from Stripe's payment page learns: the order (when the return was
 * genuine) and the payment's outcome as the platform now records it.
 *
 * @param outcome {@code paid}, {@code processing}, {@code requiresAction}, {@code failed} (the
 *     payment did not go through; the order stays payable), {@code canceled}, {@code refunded},
 *     {@code partiallyRefunded}, or {@code invalid} (refused: unknown PaymentIntent, wrong client
 *     secret, another tenant's or another kind of order's; nothing changed)
 */
public record PaymentReturn(UUID tenantId, UUID orderId, String outcome) {

  public static final String INVALID = "invalid";

  public static PaymentReturn refused() {
    return new PaymentReturn(null, null, INVALID);
  }

  /** Whether the return was genuine (then {@link #orderId()} is known). */
  public boolean genuine() {
    return orderId != null;
  }

  /** The ticket's statusLiteral as a page shows it: still "pending" after the page means failed. */
  public static String outcomeOf(String statusLiteral) {
    return "pending".equals(statusLiteral) ? "failed" : statusLiteral;
  }
}
