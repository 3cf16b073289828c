package com.marketplace.payments.application.internal;

import com.marketplace.payments.application.PaymentChange;
import com.marketplace.payments.domain.DisputeStatus;
import com.marketplace.payments.domain.TicketStatus;

/**
 * Payments' domain statuses as its published package names them ({@link PaymentChange.Status},
 * {@link PaymentChange.DisputeStatus}), by exhaustive switches: a new domain status does not
 * compile until it is published.
 */
public final class PublishedStatuses {

  private PublishedStatuses() {}

  public static PaymentChange.Status of(TicketStatus status) {
    return switch (status) {
      case PENDING -> PaymentChange.Status.PENDING;
      case REQUIRES_ACTION -> PaymentChange.Status.REQUIRES_ACTION;
      case PROCESSING -> PaymentChange.Status.PROCESSING;
      case PAID -> PaymentChange.Status.PAID;
      case PARTIALLY_REFUNDED -> PaymentChange.Status.PARTIALLY_REFUNDED;
      case REFUNDED -> PaymentChange.Status.REFUNDED;
      case CANCELED -> PaymentChange.Status.CANCELED;
    };
  }

  /** The domain's status a published one stands for (a client's filter, read as published). */
  public static TicketStatus ticketStatus(PaymentChange.Status status) {
    return switch (status) {
      case PENDING -> TicketStatus.PENDING;
      case REQUIRES_ACTION -> TicketStatus.REQUIRES_ACTION;
      case PROCESSING -> TicketStatus.PROCESSING;
      case PAID -> TicketStatus.PAID;
      case PARTIALLY_REFUNDED -> TicketStatus.PARTIALLY_REFUNDED;
      case REFUNDED -> TicketStatus.REFUNDED;
      case CANCELED -> TicketStatus.CANCELED;
    };
  }

  /** Null for no dispute. */
  public static PaymentChange.DisputeStatus of(DisputeStatus status) {
    if (status == null) {
      return null;
    }
    return switch (status) {
      case WARNING_NEEDS_RESPONSE -> PaymentChange.DisputeStatus.WARNING_NEEDS_RESPONSE;
      case WARNING_UNDER_REVIEW -> PaymentChange.DisputeStatus.WARNING_UNDER_REVIEW;
      case WARNING_CLOSED -> PaymentChange.DisputeStatus.WARNING_CLOSED;
      case NEEDS_RESPONSE -> PaymentChange.DisputeStatus.NEEDS_RESPONSE;
      case UNDER_REVIEW -> PaymentChange.DisputeStatus.UNDER_REVIEW;
      case WON -> PaymentChange.DisputeStatus.WON;
      case LOST -> PaymentChange.DisputeStatus.LOST;
      case PREVENTED -> PaymentChange.DisputeStatus.PREVENTED;
    };
  }
}
