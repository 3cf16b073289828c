package com.marketplace.payments.application;

import java.util.UUID;

/**
 * What the owning module learns when its order's payment changes.
 *
 * @param status where the payment stands now
 * @param refundedMinor how much of it has been refunded so far, in minor units
 * @param disputeStatus where a chargeback of the payment stands ({@code needs_response}, {@code
 *     won}, {@code lost}, …), or null when there is none
 */
public record PaymentChange(
    UUID tenantId,
    String orderType,
    UUID orderId,
    UUID ticketId,
    Status status,
    long refundedMinor,
    String disputeStatus) {

  /**
   * Where an order's payment stands, as payments reads it. Callers switch on this; the spec's
   * spelling ({@link #literal()}, a payment ticket's {@code statusLiteral}) is for display only.
   */
  public enum Status {
    /** No payment yet, or one that needs a new payment method. */
    PENDING("pending"),
    /** The payer must act (3-D Secure). */
    REQUIRES_ACTION("requiresAction"),
    /** Under way: it may still succeed. */
    PROCESSING("processing"),
    PAID("paid"),
    /** Paid, and part of it refunded. */
    PARTIALLY_REFUNDED("partiallyRefunded"),
    /** Paid, and all of it refunded. */
    REFUNDED("refunded"),
    CANCELED("canceled");

    private final String literal;

    Status(String literal) {
      this.literal = literal;
    }

    /** The spec's spelling, as a payment ticket's {@code statusLiteral} shows it. */
    public String literal() {
      return literal;
    }

    /** The status a ticket's {@code statusLiteral} spells: the one place that reads it. */
    public static Status ofLiteral(String literal) {
      for (Status status : values()) {
        if (status.literal.equals(literal)) {
          return status;
        }
      }
      throw new IllegalArgumentException("Unknown payment status literal " + literal);
    }
  }
}
