package com.marketplace.payments.application.internal;

import com.marketplace.common.error.ApiException;
import com.marketplace.common.logging.ContextLoggers;
import com.marketplace.payments.infrastructure.stripe.StripeGateway;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes a committed refund at Stripe, with no transaction open, and records Stripe's answer. Safe
 * to run any number of times, from anywhere (after the commit that requested it, from the
 * reconciliation): the refund's key makes Stripe refund once, and only a requested refund is sent.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RefundExecution {

  private static final Logger LOG = ContextLoggers.of(RefundExecution.class);

  @EJB RefundSteps steps;
  @Inject StripeGateway stripe;

  /** What became of one requested refund. */
  public enum Outcome {
    MADE,
    REFUSED,
    STILL_OWED,
    NOTHING_TO_DO
  }

  public Outcome make(UUID refundId) {
    RefundSteps.Requested refund = steps.requested(refundId).orElse(null);
    if (refund == null) {
      return Outcome.NOTHING_TO_DO;
    }
    String made;
    try {
      made =
          stripe.refund(refund.key(), refund.paymentIntentId(), refund.amount(), refund.metadata());
    } catch (ApiException e) {
      if (e.status() >= 500) {
        LOG.log(
            Level.WARNING, "Refund " + refundId + " not made yet; the reconciliation retries", e);
        return Outcome.STILL_OWED;
      }
      steps.refused(refundId, e.getMessage());
      LOG.warning(() -> "Stripe refused refund " + refundId + ": " + e.getMessage());
      return Outcome.REFUSED;
    }
    steps.made(refundId, made);
    return Outcome.MADE;
  }
}
