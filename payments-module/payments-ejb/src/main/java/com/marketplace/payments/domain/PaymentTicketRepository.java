package com.marketplace.payments.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * Payment tickets, one live ticket per order (the database's unique key agrees).
 *
 * <p>The {@code …Locked} reads are for an update and lock the ticket's row ({@code FOR UPDATE})
 * until the transaction ends: a webhook about a PaymentIntent may arrive while the request that
 * created it is still open, and must wait for it rather than race it (and make it fail after Stripe
 * has charged the card).
 */
public interface PaymentTicketRepository {

  /** The ticket, read without a lock. */
  Optional<PaymentTicket> find(UUID ticketId);

  /** The ticket, its row locked. */
  Optional<PaymentTicket> findLocked(UUID ticketId);

  /** The order's live ticket, its row locked. */
  Optional<PaymentTicket> liveOfOrderLocked(UUID tenantId, String orderType, UUID orderId);

  /** The ticket paid by {@code paymentId} (live or not), its row locked. */
  Optional<PaymentTicket> ofPaymentLocked(String paymentId);

  /** The order's ticket to show: its live one, else its newest (no lock). */
  Optional<PaymentTicket> shownOfOrder(UUID tenantId, String orderType, UUID orderId);

  /** The tenant's ticket of {@code orderType} paid by {@code paymentId} (no lock). */
  Optional<PaymentTicket> ofPayment(UUID tenantId, String orderType, String paymentId);

  /** The live ticket of {@code orderType} paid by {@code paymentId}, of any tenant (no lock). */
  Optional<PaymentTicket> liveOfPayment(String orderType, String paymentId);

  /** Whether any ticket, of any tenant, is paid by {@code paymentId}. */
  boolean paymentInUse(String paymentId);

  void add(PaymentTicket ticket);

  /** Writes the transaction's pending changes now. */
  void flush();
}
