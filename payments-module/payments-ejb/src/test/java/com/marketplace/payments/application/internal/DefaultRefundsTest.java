package com.marketplace.payments.application.internal;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.common.audit.Auditor;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.error.DomainException;
import com.marketplace.common.money.Money;
import com.marketplace.payments.application.PayableOrder;
import com.marketplace.payments.application.PaymentChange;
import com.marketplace.payments.application.PaymentChange.Status;
import com.marketplace.payments.application.PaymentOrderRegistry;
import com.marketplace.payments.application.PaymentOrders;
import com.marketplace.payments.domain.PaymentRefund;
import com.marketplace.payments.domain.PaymentStatus;
import com.marketplace.payments.domain.PaymentTicket;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Refunding an order's payment, on in-memory repositories: refunds are numbered per ticket, bounded
 * by what was paid, told to the owning module, and sent to Stripe only after their transaction
 * commits.
 */
class DefaultRefundsTest {

  private static final String ORDER_TYPE = "enrollment";

  private final List<PaymentChange> heard = new ArrayList<>();
  private final List<Synchronization> afterTransaction = new ArrayList<>();
  private final List<UUID> sentToStripe = new ArrayList<>();
  private final InMemoryPayments store = new InMemoryPayments();
  private final PaymentTicket ticket = paidTicket(Money.ofMinor(10_000, "EUR"));
  private final DefaultRefunds refunds = refunds();

  @Test
  void refundsOfOnePaymentAreNumberedInTurnUpToWhatWasPaid() {
    refund(Money.ofMinor(4_000, "EUR"));
    refund(null); // all that is left

    assertThat(store.refunds.stream().map(PaymentRefund::n).toList(), contains(1, 2));
    assertThat(
        store.refunds.get(1).amount(ticket.amount().currency()), is(Money.ofMinor(6_000, "EUR")));
    assertThat(
        heard.stream().map(PaymentChange::status).toList(),
        contains(Status.PARTIALLY_REFUNDED, Status.REFUNDED));
    DomainException beyond =
        assertThrows(DomainException.class, () -> refund(Money.ofMinor(1, "EUR")));
    assertThat(beyond.kind(), is(DomainException.Kind.REFUSED));
  }

  @Test
  void aRefundThatLosesItsNumberToAConcurrentOneIsAConflictAndTellsNobody() {
    store.refusesNextRefund = true;

    ApiException conflict =
        assertThrows(ApiException.class, () -> refund(Money.ofMinor(4_000, "EUR")));

    assertThat(conflict.status(), is(409));
    assertThat(heard, is(empty()));
  }

  @Test
  void stripeIsAskedOnlyOnceTheRefundHasCommitted() {
    UUID first = UUID.fromString(refund(Money.ofMinor(4_000, "EUR")));
    refund(Money.ofMinor(1_000, "EUR"));
    assertThat(sentToStripe, is(empty()));

    afterTransaction.get(0).afterCompletion(jakarta.transaction.Status.STATUS_COMMITTED);
    afterTransaction.get(1).afterCompletion(jakarta.transaction.Status.STATUS_ROLLEDBACK);

    assertThat(sentToStripe, contains(first));
  }

  @Test
  void anOrderWithoutALivePaymentHasNothingToRefund() {
    ApiException missing =
        assertThrows(
            ApiException.class,
            () ->
                refunds.refund(ticket.tenantId(), null, ORDER_TYPE, UUID.randomUUID(), null, "x"));

    assertThat(missing.status(), is(404));
  }

  private String refund(Money amount) {
    return refunds.refund(ticket.tenantId(), null, ORDER_TYPE, ticket.orderId(), amount, "test");
  }

  private PaymentTicket paidTicket(Money amount) {
    PaymentTicket paid =
        new PaymentTicket(
            UUID.randomUUID(), UUID.randomUUID(), ORDER_TYPE, UUID.randomUUID(), amount);
    paid.attach("pi_test", null);
    paid.observe(PaymentStatus.SUCCEEDED, Instant.parse("2026-11-23T10:00:00Z"));
    store.tickets.add(paid);
    return paid;
  }

  private DefaultRefunds refunds() {
    DefaultRefunds refunds = new DefaultRefunds();
    refunds.tickets = store;
    refunds.paymentRefunds = store.refundRepository();
    refunds.registry = registry();
    refunds.auditor =
        new Auditor() {
          @Override
          public void transition(
              UUID tenantId,
              String objectType,
              UUID objectId,
              String field,
              Object from,
              Object to) {}
        };
    refunds.transactions = transactions();
    refunds.executor = executor();
    refunds.execution =
        new RefundExecution() {
          @Override
          public Outcome make(UUID refundId) {
            sentToStripe.add(refundId);
            return Outcome.MADE;
          }
        };
    return refunds;
  }

  private PaymentOrderRegistry registry() {
    PaymentOrderRegistry registry = new PaymentOrderRegistry();
    registry.register(
        new PaymentOrders() {
          @Override
          public String orderType() {
            return ORDER_TYPE;
          }

          @Override
          public Optional<PayableOrder> find(UUID tenantId, UUID orderId) {
            return Optional.empty();
          }

          @Override
          public void paymentChanged(PaymentChange change) {
            heard.add(change);
          }
        });
    return registry;
  }

  /** Keeps the synchronizations, for a test to end the transaction. */
  private TransactionSynchronizationRegistry transactions() {
    return (TransactionSynchronizationRegistry)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {TransactionSynchronizationRegistry.class},
            (proxy, method, args) -> {
              if (method.getName().equals("registerInterposedSynchronization")) {
                afterTransaction.add((Synchronization) args[0]);
                return null;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  /** Runs what it is given at once. */
  private ManagedExecutorService executor() {
    return (ManagedExecutorService)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {ManagedExecutorService.class},
            (proxy, method, args) -> {
              if (method.getName().equals("execute")) {
                ((Runnable) args[0]).run();
                return null;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
