package com.marketplace.payments.application.internal;

import com.marketplace.common.error.ApiException;
import com.marketplace.common.error.DomainException;
import com.marketplace.common.security.Caller;
import com.marketplace.payments.application.PaymentChange;
import com.marketplace.payments.application.PaymentDeclined;
import com.marketplace.payments.application.PaymentResult;
import com.marketplace.payments.application.PaymentReturn;
import com.marketplace.payments.application.PaymentTicketView;
import com.marketplace.payments.application.Payments;
import com.marketplace.payments.application.Refunds;
import com.marketplace.payments.infrastructure.stripe.IntentState;
import com.marketplace.payments.infrastructure.stripe.StripeGateway;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Paying orders: start (charge the order's amount with the caller's card), refresh and callback
 * (apply what Stripe says now). Refunds and webhooks: {@link Refunds}, {@link StripeWebhooks}.
 *
 * <p>A charge is a small resumable process, so that no money is ever taken without a record:
 *
 * <ol>
 *   <li>the ticket and a payment attempt commit ({@link PaymentSteps#begin}); the attempt's id keys
 *       the Stripe request and is written in the PaymentIntent's metadata;
 *   <li>Stripe is called with no transaction open and no row locked;
 *   <li>its answer is applied in a new transaction, with the owning module's reaction ({@link
 *       PaymentSettlement#apply}); if that fails, the attempt stays in flight and the next start, a
 *       refresh, the webhook or the reconciliation finishes it.
 * </ol>
 */
@Stateless
@Local(Payments.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultPayments implements Payments {

  /** What Stripe's payment method ids look like; nothing else reaches Stripe or a header. */
  private static final Pattern METHOD_ID = Pattern.compile("[A-Za-z0-9_]{3,100}");

  /** What Stripe's PaymentIntent ids look like; anything else is not looked up at all. */
  private static final Pattern INTENT_ID = Pattern.compile("pi_[A-Za-z0-9]{1,100}");

  @EJB PaymentSteps steps;
  @EJB PaymentSettlement settlement;
  @EJB DefaultPaymentCustomers customers;
  @Inject StripeGateway stripe;

  /**
   * Charges the order with {@code paymentMethodId}, or with the caller's most recently saved card
   * when none is named; a decline is a result (422), not a loss.
   */
  public PaymentResult start(
      Caller caller, String orderType, UUID orderId, String paymentMethodId, String returnUrl) {
    PaymentSteps.Preparation before = steps.prepare(caller, orderType, orderId, paymentMethodId);
    paymentMethodId = before.paymentMethodId();
    if (paymentMethodId == null) {
      throw ApiException.unprocessable(
          "errMsg_paymentMethodIdIsRequired",
          "paymentUserParams.paymentMethodId is required: no saved card to pay with");
    }
    requireMethod(paymentMethodId);
    settle(before.inFlight());
    String customer = before.customerId() != null ? before.customerId() : customers.create(caller);
    if (!before.methodSaved()) {
      customers.saveMethod(caller, customer, paymentMethodId);
    }
    PaymentSteps.Begun begun = steps.begin(caller, orderType, orderId, paymentMethodId);
    IntentState state;
    String declineCode = null;
    try {
      state = charge(begun, customer, paymentMethodId, returnUrl);
    } catch (PaymentDeclined declined) {
      if (declined.paymentIntentId() == null) {
        steps.fail(begun.attemptId(), declined.declineCode());
        throw declined;
      }
      state = stripe.retrieve(declined.paymentIntentId());
      declineCode = declined.declineCode();
    } catch (ApiException e) {
      if (e.status() < 500) {
        steps.fail(begun.attemptId(), e.messageKey()); // Stripe refused the request itself
      }
      throw e; // unreachable Stripe: the attempt stays in flight, settled later
    }
    return settlement.apply(begun.attemptId(), state, declineCode, paymentMethodId);
  }

  /** Reads the PaymentIntent from Stripe and applies it; the caller must own the order. */
  public PaymentResult refresh(Caller caller, String orderType, UUID orderId) {
    steps.ownedOrder(caller, orderType, orderId);
    return reread(caller.tenantId(), orderType, orderId);
  }

  /**
   * The callback routes: trusts nothing but which order to look at, re-reads its PaymentIntent from
   * Stripe and applies that.
   */
  public PaymentResult callback(UUID tenantId, String orderType, UUID orderId) {
    return reread(tenantId, orderType, orderId);
  }

  /**
   * The browser back from Stripe's payment page (3-D Secure), with {@code payment_intent} and
   * {@code payment_intent_client_secret} in its query. Only the id is used to look anything up: the
   * PaymentIntent must be the one paying a live ticket of {@code orderType} (of {@code
   * callerTenant}'s tenant when the browser sent a token), and the secret must equal the client
   * secret Stripe holds for it. Then Stripe's current state is applied, as by a refresh. Otherwise
   * the return is refused, alike whatever the reason, and nothing changes.
   */
  public PaymentReturn returned(
      String orderType, String paymentIntentId, String clientSecret, Optional<UUID> callerTenant) {
    if (paymentIntentId == null
        || !INTENT_ID.matcher(paymentIntentId).matches()
        || clientSecret == null
        || clientSecret.isEmpty()
        || clientSecret.length() > 500) {
      return PaymentReturn.refused();
    }
    Optional<PaymentSteps.OrderOfPayment> order =
        steps
            .orderPaidBy(orderType, paymentIntentId)
            .filter(o -> callerTenant.map(o.tenantId()::equals).orElse(true));
    if (order.isEmpty()
        || !sameSecret(stripe.retrieve(paymentIntentId).clientSecret(), clientSecret)) {
      return PaymentReturn.refused();
    }
    UUID tenantId = order.get().tenantId();
    UUID orderId = order.get().orderId();
    try {
      return new PaymentReturn(tenantId, orderId, reread(tenantId, orderType, orderId).status());
    } catch (ApiException e) {
      if (e.status() == 409 || e.status() == 503) {
        // being recorded right now
        return new PaymentReturn(tenantId, orderId, PaymentChange.Status.PROCESSING);
      }
      throw e;
    } catch (DomainException e) {
      if (e.kind() == DomainException.Kind.CONFLICT) {
        return new PaymentReturn(tenantId, orderId, PaymentChange.Status.PROCESSING);
      }
      throw e;
    }
  }

  private static boolean sameSecret(String expected, String given) {
    return expected != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  private PaymentResult reread(UUID tenantId, String orderType, UUID orderId) {
    settleInFlight(tenantId, orderType, orderId);
    PaymentTicketView ticket = steps.ticketOf(tenantId, orderType, orderId);
    if (ticket.paymentId() == null) {
      return steps.resultOf(ticket.id());
    }
    return steps.applyCurrent(ticket.id(), stripe.retrieve(ticket.paymentId()));
  }

  /** Finishes what earlier requests for this order left in flight; 409 if one is still running. */
  private void settleInFlight(UUID tenantId, String orderType, UUID orderId) {
    settle(steps.inFlight(tenantId, orderType, orderId));
  }

  private void settle(List<PaymentSteps.InFlight> inFlight) {
    for (PaymentSteps.InFlight attempt : inFlight) {
      if (settlement.settle(attempt) == PaymentSettlement.Outcome.STILL_IN_FLIGHT) {
        throw PaymentSteps.paymentUnderWay();
      }
    }
  }

  private IntentState charge(
      PaymentSteps.Begun begun, String customer, String paymentMethodId, String returnUrl) {
    if (begun.existingPaymentId() == null) {
      return stripe.pay(
          begun.stripeKey(),
          begun.amount(),
          customer,
          paymentMethodId,
          returnUrl,
          begun.metadata());
    }
    // another try after a decline: the same PaymentIntent, a key of this attempt's own, so a
    // retry with the same card is a new confirmation rather than a replay of the decline
    return stripe.confirm(begun.stripeKey(), begun.existingPaymentId(), paymentMethodId, returnUrl);
  }

  private static void requireMethod(String paymentMethodId) {
    if (!METHOD_ID.matcher(paymentMethodId).matches()) {
      throw ApiException.badRequest(
          "errMsg_paymentMethodIdIsNotValid",
          "paymentUserParams.paymentMethodId must be a payment method id such as pm_…");
    }
  }
}
