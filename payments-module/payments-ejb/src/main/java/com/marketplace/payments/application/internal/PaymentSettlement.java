package com.marketplace.payments.application.internal;

import com.marketplace.common.error.ApiException;
import com.marketplace.common.error.DomainException;
import com.marketplace.common.logging.ContextLoggers;
import com.marketplace.payments.application.PaymentResult;
import com.marketplace.payments.infrastructure.stripe.IntentState;
import com.marketplace.payments.infrastructure.stripe.StripeGateway;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finishes payment attempts: applies what Stripe answered, retrying when the transaction that
 * applies it loses a race (the order changed meanwhile: the retry sees the new state, and the
 * owning module decides, e.g. to refund a cancelled order); and settles attempts left in flight by
 * a request that failed or died, by finding their PaymentIntent at Stripe. Runs outside any
 * transaction: every database step commits on its own, every Stripe call is made with none open.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentSettlement {

  private static final Logger LOG = ContextLoggers.of(PaymentSettlement.class);
  private static final int APPLY_TRIES = 4;

  @EJB PaymentSteps steps;
  @Inject StripeGateway stripe;
  @Inject PaymentWindows windows;

  /** What became of an attempt in flight. */
  public enum Outcome {
    APPLIED,
    FAILED,
    STILL_IN_FLIGHT
  }

  /**
   * Applies Stripe's answer to an attempt. If that keeps failing, the attempt stays in flight with
   * its PaymentIntent remembered (nothing is forgotten), and the caller gets 503: the
   * reconciliation, a refresh or the next start finishes it.
   */
  public PaymentResult apply(
      UUID attemptId, IntentState answered, String declineCode, String methodId) {
    IntentState state = answered;
    for (int attempt = 1; ; attempt++) {
      try {
        return steps.apply(attemptId, state, declineCode, methodId);
      } catch (ApiException | DomainException e) {
        steps.remember(attemptId, state.id());
        throw e;
      } catch (EJBException e) {
        if (attempt == APPLY_TRIES) {
          steps.remember(attemptId, state.id());
          LOG.log(Level.WARNING, "Could not apply " + state.id() + "; left for settlement", e);
          throw beingSettled();
        }
        LOG.log(Level.FINE, "Applying " + state.id() + " lost a race; trying again", e);
        state = stripe.retrieve(state.id());
      }
    }
  }

  /**
   * Settles one attempt left in flight: looks up the PaymentIntent it made (remembered, or found at
   * Stripe by the attempt id in its metadata) and applies it. An attempt Stripe has no trace of
   * after the grace period never reached it: it failed, and no money moved.
   */
  public Outcome settle(PaymentSteps.InFlight attempt) {
    Optional<String> intent =
        Optional.ofNullable(attempt.paymentId())
            .or(
                () ->
                    stripe.intentOfAttempt(
                        attempt.customerId(),
                        attempt.attemptId(),
                        attempt.startedAt().minusSeconds(3600)));
    if (intent.isPresent()) {
      IntentState state = stripe.retrieve(intent.get());
      apply(attempt.attemptId(), state, null, attempt.paymentMethodId());
      return Outcome.APPLIED;
    }
    if (attempt.startedAt().isBefore(Instant.now().minus(windows.attemptGrace()))) {
      steps.fail(attempt.attemptId(), "never reached Stripe");
      return Outcome.FAILED;
    }
    return Outcome.STILL_IN_FLIGHT;
  }

  private static ApiException beingSettled() {
    return new ApiException(
        503,
        "errMsg_paymentBeingSettled",
        "The payment was made and is being recorded; look at the order again shortly");
  }
}
