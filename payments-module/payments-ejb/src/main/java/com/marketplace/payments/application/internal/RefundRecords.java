package com.marketplace.payments.application.internal;

import com.marketplace.payments.domain.PaymentRefund;
import com.marketplace.payments.domain.PaymentRefundRepository;
import com.marketplace.payments.domain.PaymentTicket;
import com.marketplace.payments.domain.TicketStatus;
import com.marketplace.payments.infrastructure.stripe.StripeGateway;
import java.util.List;
import java.util.Optional;

/**
 * A ticket's refunds. Each is numbered, and the number keys the Stripe call ({@code
 * refund:{tenant}:{ticket}:{n}}), so it is made once however often it is asked for. A refund Stripe
 * holds is matched to the platform's record by its id, or (one of ours whose answer was never
 * recorded) by the ticket and number in its metadata; one the platform has no record of at all
 * (made in Stripe's dashboard) is recorded from Stripe.
 */
public final class RefundRecords {

  public static final String MADE_AT_STRIPE = "refunded at Stripe";

  private final PaymentRefundRepository refunds;
  private final TicketUpdates updates;

  public RefundRecords(PaymentRefundRepository refunds, TicketUpdates updates) {
    this.refunds = refunds;
    this.updates = updates;
  }

  /** The number the ticket's next refund gets; call with the ticket locked. */
  public int next(PaymentTicket ticket) {
    return refunds.countOf(ticket.id()) + 1;
  }

  /**
   * Records, on the locked ticket, what Stripe holds: a requested refund of ours gets Stripe's id,
   * and a refund the platform does not know is recorded.
   *
   * @return how many refunds it recorded or completed
   */
  public int recordMissing(PaymentTicket ticket, List<StripeGateway.RefundState> atStripe) {
    int recorded = 0;
    for (StripeGateway.RefundState refund : atStripe) {
      if (!refund.moved() || !ticket.paidBy(refund.paymentIntentId()) || known(refund.id())) {
        continue;
      }
      Optional<PaymentRefund> ours = ours(ticket, refund);
      if (ours.isPresent()) {
        if (ours.get().state() != PaymentRefund.State.SUCCEEDED) {
          ours.get().made(refund.id());
          recorded++;
        }
        continue;
      }
      TicketStatus before = ticket.status();
      ticket.refund(refund.amount());
      refunds.add(
          PaymentRefund.madeAtStripe(
              ticket, next(ticket), refund.amount(), refund.id(), MADE_AT_STRIPE));
      refunds.flush();
      updates.refunded(ticket, before);
      recorded++;
    }
    return recorded;
  }

  /** The platform's record of a refund Stripe made with this ticket's id and number on it. */
  private Optional<PaymentRefund> ours(PaymentTicket ticket, StripeGateway.RefundState refund) {
    if (!ticket.id().toString().equals(refund.metadata().get("ticketId"))) {
      return Optional.empty();
    }
    int n;
    try {
      n = Integer.parseInt(refund.metadata().getOrDefault("n", ""));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return refunds.numbered(ticket.id(), n);
  }

  private boolean known(String refundId) {
    return refunds.recordsStripeRefund(refundId);
  }
}
