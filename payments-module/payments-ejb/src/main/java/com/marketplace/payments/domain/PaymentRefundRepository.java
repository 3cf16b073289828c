package com.marketplace.payments.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A ticket's refunds, numbered 1, 2, … per ticket (the database allows each number once). */
public interface PaymentRefundRepository {

  Optional<PaymentRefund> find(UUID refundId);

  /**
   * The refund, after locking its ticket's row until the transaction ends, re-read under that lock
   * (so that two writers of one refund go one after the other, each seeing the other's result).
   */
  PaymentRefund findLockingItsTicket(UUID refundId);

  /** How many refunds the ticket has. */
  int countOf(UUID ticketId);

  /** The ticket's refund numbered {@code n}. */
  Optional<PaymentRefund> numbered(UUID ticketId, int n);

  /** Whether a refund records Stripe's refund {@code stripeRefundId}. */
  boolean recordsStripeRefund(String stripeRefundId);

  /**
   * Records the refund and writes it at once.
   *
   * @return false if the database refused it: a concurrent refund of the ticket took its number
   */
  boolean addNumbered(PaymentRefund refund);

  void add(PaymentRefund refund);

  /** Writes the transaction's pending changes now. */
  void flush();

  /**
   * Refunds requested before {@code before} and not made yet (of one tenant, or all), oldest first.
   */
  List<UUID> requestedBefore(Optional<UUID> tenantId, Instant before, int max);

  /** Refunds Stripe refused (of one tenant, or all). */
  List<PaymentRefund> refused(Optional<UUID> tenantId, int max);
}
