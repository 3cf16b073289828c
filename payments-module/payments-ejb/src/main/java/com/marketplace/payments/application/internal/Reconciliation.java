package com.marketplace.payments.application.internal;

import com.marketplace.common.logging.ContextLoggers;
import com.marketplace.common.money.Money;
import com.marketplace.payments.domain.PaymentStatus;
import com.marketplace.payments.infrastructure.stripe.IntentState;
import com.marketplace.payments.infrastructure.stripe.StripeGateway;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Holds Stripe against the platform and repairs what differs, so that for every order the money
 * Stripe holds is the money the platform records:
 *
 * <ul>
 *   <li>attempts left in flight past the grace period are settled ({@link PaymentSettlement});
 *   <li>refunds owed and not made yet (Stripe was down) are made ({@link RefundExecution}); those
 *       Stripe refused are reported for a person;
 *   <li>a PaymentIntent of ours whose ticket does not know it: applied to its ticket if the ticket
 *       has none, given back (refunded, or canceled) if the ticket is paid by another or is gone;
 *   <li>a ticket whose status lags behind Stripe's is brought up to date;
 *   <li>refunds Stripe made that the platform has no record of are recorded;
 *   <li>a payment waiting for the customer (3-D Secure) past the abandon window is canceled, and
 *       its order learns it.
 * </ul>
 *
 * Runs outside any transaction; Stripe calls carry keys derived from the PaymentIntent, so a re-run
 * never refunds or cancels twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Reconciliation {

  private static final Logger LOG = ContextLoggers.of(Reconciliation.class);

  @EJB PaymentSteps steps;
  @EJB ReconciliationSteps records;
  @EJB PaymentSettlement settlement;
  @EJB RefundSteps refunds;
  @EJB RefundExecution refundExecution;
  @Inject StripeGateway stripe;
  @Inject PaymentWindows windows;

  /** Compares one tenant (or all, when empty) over the reconciliation window. */
  public ReconciliationReport run(Optional<UUID> tenantId) {
    Instant to = Instant.now();
    Instant from = to.minus(windows.reconciliationWindow());
    List<ReconciliationReport.Finding> repaired = new ArrayList<>();
    List<ReconciliationReport.Finding> unresolved = new ArrayList<>();
    List<PaymentSteps.InFlight> stuck = steps.stuck(tenantId, to.minus(windows.attemptGrace()));
    for (PaymentSteps.InFlight attempt : stuck) {
      settle(attempt, repaired, unresolved);
    }
    for (UUID refund : refunds.owed(tenantId, to.minusSeconds(5))) {
      makeOwedRefund(refund, repaired, unresolved);
    }
    for (RefundSteps.Refused refused : refunds.refusedRefunds(tenantId)) {
      unresolved.add(
          new ReconciliationReport.Finding(
              "refundRefused",
              refused.tenantId(),
              refused.ticketId(),
              null,
              "Stripe refused refund "
                  + refused.refundId()
                  + " ("
                  + refused.failure()
                  + ")"
                  + ": the money is still owed"));
    }
    int checked = 0;
    for (IntentState intent : ours(tenantId, from)) {
      checked++;
      try {
        compare(intent, to, repaired, unresolved);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Reconciling " + intent.id() + " failed", e);
        unresolved.add(finding("failed", intent, "not compared: " + e.getMessage()));
      }
    }
    return new ReconciliationReport(
        tenantId.orElse(null),
        from,
        to,
        stuck.size(),
        checked,
        repaired,
        unresolved,
        ReconciliationReport.summarize(repaired, unresolved));
  }

  private void settle(
      PaymentSteps.InFlight attempt,
      List<ReconciliationReport.Finding> repaired,
      List<ReconciliationReport.Finding> unresolved) {
    try {
      PaymentSettlement.Outcome outcome = settlement.settle(attempt);
      repaired.add(
          new ReconciliationReport.Finding(
              "attemptInFlight",
              attempt.tenantId(),
              null,
              attempt.paymentId(),
              outcome == PaymentSettlement.Outcome.APPLIED
                  ? "applied Stripe's answer"
                  : "no charge at Stripe: closed as failed"));
    } catch (RuntimeException e) {
      unresolved.add(
          new ReconciliationReport.Finding(
              "attemptInFlight",
              attempt.tenantId(),
              null,
              attempt.paymentId(),
              "could not be settled: " + e.getMessage()));
    }
  }

  private void makeOwedRefund(
      UUID refund,
      List<ReconciliationReport.Finding> repaired,
      List<ReconciliationReport.Finding> unresolved) {
    RefundExecution.Outcome outcome = refundExecution.make(refund);
    ReconciliationReport.Finding finding =
        new ReconciliationReport.Finding(
            "refundOwed", null, null, null, "refund " + refund + ": " + outcome);
    if (outcome == RefundExecution.Outcome.MADE) {
      repaired.add(finding);
    } else if (outcome != RefundExecution.Outcome.NOTHING_TO_DO) {
      unresolved.add(finding);
    }
  }

  private List<IntentState> ours(Optional<UUID> tenantId, Instant from) {
    return stripe.intents(null, from).stream()
        .map(StripeGateway::stateOf)
        .filter(intent -> intent.ticketId().isPresent())
        .filter(
            intent ->
                tenantId.isEmpty()
                    || tenantId.get().toString().equals(intent.metadata().get("tenant")))
        .toList();
  }

  private void compare(
      IntentState intent,
      Instant now,
      List<ReconciliationReport.Finding> repaired,
      List<ReconciliationReport.Finding> unresolved) {
    Optional<ReconciliationSteps.TicketRecord> ticket = records.ticket(intent.ticketId().get());
    if (ticket.isEmpty()
        || (ticket.get().paymentId() != null && !ticket.get().paymentId().equals(intent.id()))) {
      giveBack(intent, ticket.isEmpty() ? "orphanCharge" : "secondCharge", repaired);
      return;
    }
    UUID ticketId = ticket.get().id();
    if (intent.status() == PaymentStatus.REQUIRES_ACTION
        && intent.created().isBefore(now.minus(windows.abandonAfter()))) {
      steps.applyCurrent(ticketId, stripe.cancel("abandon:" + intent.id(), intent.id()));
      repaired.add(finding("abandonedPayment", intent, "canceled at Stripe; the order is told"));
      return;
    }
    if (ticket.get().paymentId() == null || ticket.get().status() != intent.status()) {
      steps.applyCurrent(ticketId, intent);
      repaired.add(
          finding("statusBehind", intent, "applied " + intent.status().stripeName() + " to it"));
    }
    if (intent.tookMoney()) {
      int recorded = records.recordRefunds(ticketId, stripe.refunds(intent.id()));
      if (recorded > 0) {
        repaired.add(finding("refundNotRecorded", intent, "recorded " + recorded + " refund(s)"));
      }
    }
  }

  /** A charge no ticket accounts for: Stripe gives the money back, or the payment is canceled. */
  private void giveBack(
      IntentState intent, String kind, List<ReconciliationReport.Finding> repaired) {
    if (intent.tookMoney()) {
      long refunded =
          stripe.refunds(intent.id()).stream()
              .filter(StripeGateway.RefundState::moved)
              .mapToLong(r -> r.amount().amountMinor())
              .sum();
      if (refunded < intent.amount().amountMinor()) {
        stripe.refund(
            "reconcile:" + intent.id(),
            intent.id(),
            new Money(intent.amount().amountMinor() - refunded, intent.amount().currency()),
            Map.of("ticketId", intent.ticketId().get().toString(), "reason", kind));
        repaired.add(finding(kind, intent, "refunded in full at Stripe"));
      }
    } else if (!intent.status().isFinal()) {
      stripe.cancel("reconcile:" + intent.id(), intent.id());
      repaired.add(finding(kind, intent, "canceled at Stripe before it could take money"));
    }
  }

  private static ReconciliationReport.Finding finding(
      String kind, IntentState intent, String action) {
    String tenant = intent.metadata().get("tenant");
    return new ReconciliationReport.Finding(
        kind,
        tenant == null ? null : UUID.fromString(tenant),
        intent.ticketId().orElse(null),
        intent.id(),
        action);
  }
}
