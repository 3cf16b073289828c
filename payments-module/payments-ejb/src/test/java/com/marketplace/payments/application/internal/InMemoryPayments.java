package com.marketplace.payments.application.internal;

import com.marketplace.payments.domain.PaymentRefund;
import com.marketplace.payments.domain.PaymentRefundRepository;
import com.marketplace.payments.domain.PaymentTicket;
import com.marketplace.payments.domain.PaymentTicketRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Payment tickets and their refunds in lists, for use-case tests. Locks are no-ops (one thread);
 * what the database refuses is simulated where a test asks for it ({@link #refusesNextRefund}).
 */
final class InMemoryPayments implements PaymentTicketRepository {

  final List<PaymentTicket> tickets = new ArrayList<>();
  final List<PaymentRefund> refunds = new ArrayList<>();

  /** The next numbered refund loses its number to a concurrent one (the unique key refuses it). */
  boolean refusesNextRefund;

  @Override
  public Optional<PaymentTicket> find(UUID ticketId) {
    return tickets.stream().filter(t -> t.id().equals(ticketId)).findFirst();
  }

  @Override
  public Optional<PaymentTicket> findLocked(UUID ticketId) {
    return find(ticketId);
  }

  @Override
  public Optional<PaymentTicket> liveOfOrderLocked(UUID tenantId, String orderType, UUID orderId) {
    return tickets.stream()
        .filter(
            t ->
                t.tenantId().equals(tenantId)
                    && t.orderType().equals(orderType)
                    && t.orderId().equals(orderId)
                    && t.isActive())
        .findFirst();
  }

  @Override
  public Optional<PaymentTicket> ofPaymentLocked(String paymentId) {
    return tickets.stream().filter(t -> Objects.equals(t.paymentId(), paymentId)).findFirst();
  }

  @Override
  public Optional<PaymentTicket> shownOfOrder(UUID tenantId, String orderType, UUID orderId) {
    return liveOfOrderLocked(tenantId, orderType, orderId);
  }

  @Override
  public Optional<PaymentTicket> ofPayment(UUID tenantId, String orderType, String paymentId) {
    return ofPaymentLocked(paymentId)
        .filter(t -> t.tenantId().equals(tenantId) && t.orderType().equals(orderType));
  }

  @Override
  public Optional<PaymentTicket> liveOfPayment(String orderType, String paymentId) {
    return ofPaymentLocked(paymentId).filter(t -> t.orderType().equals(orderType) && t.isActive());
  }

  @Override
  public boolean paymentInUse(String paymentId) {
    return ofPaymentLocked(paymentId).isPresent();
  }

  @Override
  public void add(PaymentTicket ticket) {
    tickets.add(ticket);
  }

  @Override
  public void flush() {}

  PaymentRefundRepository refundRepository() {
    return new PaymentRefundRepository() {
      @Override
      public Optional<PaymentRefund> find(UUID refundId) {
        return refunds.stream().filter(r -> r.id().equals(refundId)).findFirst();
      }

      @Override
      public PaymentRefund findLockingItsTicket(UUID refundId) {
        return find(refundId).orElseThrow();
      }

      @Override
      public int countOf(UUID ticketId) {
        return (int) refunds.stream().filter(r -> r.ticketId().equals(ticketId)).count();
      }

      @Override
      public Optional<PaymentRefund> numbered(UUID ticketId, int n) {
        return refunds.stream()
            .filter(r -> r.ticketId().equals(ticketId) && r.n() == n)
            .findFirst();
      }

      @Override
      public boolean recordsStripeRefund(String stripeRefundId) {
        return refunds.stream().anyMatch(r -> stripeRefundId.equals(r.refundId()));
      }

      @Override
      public boolean addNumbered(PaymentRefund refund) {
        if (refusesNextRefund) {
          refusesNextRefund = false;
          return false;
        }
        add(refund);
        return true;
      }

      @Override
      public void add(PaymentRefund refund) {
        refunds.add(refund);
      }

      @Override
      public void flush() {}

      @Override
      public List<UUID> requestedBefore(Optional<UUID> tenantId, Instant before, int max) {
        throw new UnsupportedOperationException("not needed by the tests yet");
      }

      @Override
      public List<PaymentRefund> refused(Optional<UUID> tenantId, int max) {
        throw new UnsupportedOperationException("not needed by the tests yet");
      }
    };
  }
}
