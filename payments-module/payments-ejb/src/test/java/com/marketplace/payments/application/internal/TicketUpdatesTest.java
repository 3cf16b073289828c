package com.marketplace.payments.application.internal;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import com.marketplace.common.audit.Auditor;
import com.marketplace.common.money.Money;
import com.marketplace.payments.application.PayableOrder;
import com.marketplace.payments.application.PaymentChange;
import com.marketplace.payments.application.PaymentChange.Status;
import com.marketplace.payments.application.PaymentOrderRegistry;
import com.marketplace.payments.application.PaymentOrders;
import com.marketplace.payments.domain.DisputeStatus;
import com.marketplace.payments.domain.PaymentStatus;
import com.marketplace.payments.domain.PaymentTicket;
import com.marketplace.payments.domain.TicketStatus;
import com.marketplace.payments.infrastructure.stripe.StripeEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A payment ticket's transitions as the owning module hears them: through the order registry, as a
 * {@link PaymentChange} whose status is an enum, only when something changed.
 */
class TicketUpdatesTest {

  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

  private final List<PaymentChange> heard = new ArrayList<>();
  private final List<String> audited = new ArrayList<>();
  private final PaymentTicket ticket =
      new PaymentTicket(
          UUID.randomUUID(),
          UUID.randomUUID(),
          "enrollment",
          UUID.randomUUID(),
          Money.ofMinor(10_000, "EUR"));
  private final TicketUpdates updates = new TicketUpdates(registry(), auditor());

  private PaymentOrderRegistry registry() {
    PaymentOrderRegistry registry = new PaymentOrderRegistry();
    registry.register(
        new PaymentOrders() {
          @Override
          public String orderType() {
            return "enrollment";
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

  private Auditor auditor() {
    return new Auditor() {
      @Override
      public void transition(
          UUID tenantId, String objectType, UUID objectId, String field, Object from, Object to) {
        audited.add(field + ": " + from + " -> " + to);
      }
    };
  }

  private List<Status> statusesHeard() {
    return heard.stream().map(PaymentChange::status).toList();
  }

  @Test
  void aSucceededPaymentTellsTheOwnerItIsPaid() {
    updates.apply(ticket, PaymentStatus.SUCCEEDED, T0);

    assertThat(statusesHeard(), contains(Status.PAID));
    assertThat(heard.get(0).orderId(), is(ticket.orderId()));
    assertThat(audited, contains("paymentStatus: null -> SUCCEEDED"));
  }

  @Test
  void aPaymentThatNeedsThePayerAndThenSucceedsIsHeardInThatOrder() {
    updates.apply(ticket, PaymentStatus.REQUIRES_ACTION, T0);
    updates.apply(ticket, PaymentStatus.PROCESSING, T0.plusSeconds(1));
    updates.apply(ticket, PaymentStatus.SUCCEEDED, T0.plusSeconds(2));

    assertThat(statusesHeard(), contains(Status.REQUIRES_ACTION, Status.PROCESSING, Status.PAID));
  }

  @Test
  void aLateObservationChangesNothingAndTellsNobody() {
    updates.apply(ticket, PaymentStatus.SUCCEEDED, T0.plusSeconds(5));
    heard.clear();

    updates.apply(ticket, PaymentStatus.PROCESSING, T0.plusSeconds(1));

    assertThat(heard, is(empty()));
  }

  @Test
  void refundsAreHeardAsPartlyThenFullyRefundedWithTheAmountSoFar() {
    updates.apply(ticket, PaymentStatus.SUCCEEDED, T0);

    ticket.refund(Money.ofMinor(4_000, "EUR"));
    updates.refunded(ticket, TicketStatus.PAID);
    ticket.refund(Money.ofMinor(6_000, "EUR"));
    updates.refunded(ticket, TicketStatus.PARTIALLY_REFUNDED);

    assertThat(statusesHeard(), contains(Status.PAID, Status.PARTIALLY_REFUNDED, Status.REFUNDED));
    assertThat(heard.get(2).refundedMinor(), is(10_000L));
  }

  @Test
  void aRefundIsAuditedInTheWordsTheTrailAlreadyHolds() {
    updates.apply(ticket, PaymentStatus.SUCCEEDED, T0);

    ticket.refund(Money.ofMinor(4_000, "EUR"));
    updates.refunded(ticket, TicketStatus.PAID);

    assertThat(audited, hasItem("statusLiteral: paid -> partiallyRefunded"));
  }

  @Test
  void aChargebackIsHeardWithItsStatusAndAuditedAsStripeSpellsIt() {
    updates.apply(ticket, PaymentStatus.SUCCEEDED, T0);
    Money held = Money.ofMinor(10_000, "EUR");

    updates.disputed(
        ticket, new StripeEvents.DisputeReport("dp_1", DisputeStatus.NEEDS_RESPONSE, held));
    updates.disputed(ticket, new StripeEvents.DisputeReport("dp_1", DisputeStatus.LOST, held));

    assertThat(
        heard.stream().map(PaymentChange::disputeStatus).toList(),
        contains(
            null, PaymentChange.DisputeStatus.NEEDS_RESPONSE, PaymentChange.DisputeStatus.LOST));
    assertThat(statusesHeard(), contains(Status.PAID, Status.PAID, Status.PAID));
    assertThat(audited, hasItem("disputeStatus: needs_response -> lost"));
  }

  @Test
  void everyStatusAPaymentCanReachHasAStatusForItsOwner() {
    for (PaymentStatus status : PaymentStatus.values()) {
      PaymentTicket fresh =
          new PaymentTicket(
              UUID.randomUUID(),
              UUID.randomUUID(),
              "enrollment",
              UUID.randomUUID(),
              Money.ofMinor(100, "EUR"));
      updates.apply(fresh, status, T0);
    }

    assertThat(heard.size(), is(PaymentStatus.values().length));
  }
}
