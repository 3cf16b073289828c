package com.marketplace.payments.application;

import java.util.UUID;

/**
 * What the owning module learns when its order's payment changes. Its statuses are this record's
 * own enums, so a consumer switches on them and never parses a word.
 *
 * @param status where the payment stands now
 * @param refundedMinor how much of it has been refunded so far, in minor units
 * @param disputeStatus where a chargeback of the payment stands, or null when there is none
 */
public record PaymentChange(
    UUID tenantId,
    String orderType,
    UUID orderId,
    UUID ticketId,
    Status status,
    long refundedMinor,
    DisputeStatus disputeStatus) {

  /** Where an order's payment stands, as payments reads it (a ticket's statusLiteral). */
  public enum Status {
    /** No payment yet, or one that needs a new payment method. */
    PENDING,
    /** The payer must act (3-D Secure). */
    REQUIRES_ACTION,
    /** Under way: it may still succeed. */
    PROCESSING,
    PAID,
    /** Paid, and part of it refunded. */
    PARTIALLY_REFUNDED,
    /** Paid, and all of it refunded. */
    REFUNDED,
    CANCELED
  }

  /**
   * Where a chargeback (Stripe's dispute) stands. The {@code WARNING_} ones are inquiries that may
   * still become a dispute.
   */
  public enum DisputeStatus {
    WARNING_NEEDS_RESPONSE("warning_needs_response"),
    WARNING_UNDER_REVIEW("warning_under_review"),
    WARNING_CLOSED("warning_closed"),
    NEEDS_RESPONSE("needs_response"),
    UNDER_REVIEW("under_review"),
    WON("won"),
    LOST("lost"),
    PREVENTED("prevented");

    private final String stripeName;

    DisputeStatus(String stripeName) {
      this.stripeName = stripeName;
    }

    /**
     * Stripe's spelling ({@code needs_response}, {@code lost}, …), for journals and logs; the
     * payment routes show a ticket's {@code disputeStatus} in it too ({@code PaymentSpellings}).
     */
    public String stripeName() {
      return stripeName;
    }
  }
}
