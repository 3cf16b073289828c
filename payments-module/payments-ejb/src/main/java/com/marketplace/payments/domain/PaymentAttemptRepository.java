package com.marketplace.payments.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Payment attempts: at most one in flight per ticket (the database's unique index). */
public interface PaymentAttemptRepository {

  /** The attempt, its row locked until the transaction ends. */
  Optional<PaymentAttempt> findLocked(UUID attemptId);

  /** The id of the ticket the attempt pays; the attempt must exist. */
  UUID ticketOf(UUID attemptId);

  /**
   * Writes the transaction's pending changes (the ticket the attempt pays, when it was just
   * opened), then the attempt.
   *
   * @return false if the database refused either: another attempt of the ticket is in flight, or a
   *     concurrent start opened the order's ticket first
   */
  boolean add(PaymentAttempt attempt);

  /** The attempts in flight for the order's live ticket. */
  List<PaymentAttempt> inFlightOfOrder(UUID tenantId, String orderType, UUID orderId);

  /**
   * Attempts started before {@code before} and still in flight (of one tenant, or all), oldest
   * first.
   */
  List<PaymentAttempt> inFlightSince(Optional<UUID> tenantId, Instant before, int max);
}
