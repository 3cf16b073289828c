package com.marketplace.payments.application;

import com.marketplace.common.audit.Auditor;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.security.Caller;
import com.marketplace.payments.domain.PaymentTicket;
import com.marketplace.payments.domain.SavedPaymentMethod;
import com.marketplace.payments.infrastructure.stripe.IntentState;
import com.marketplace.payments.infrastructure.stripe.StripeGateway;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Paying orders: start (charge the order's amount with the caller's card), refresh and callback
 * (apply what Stripe says now). Each status change reaches the owning module in the same
 * transaction. Refunds and webhooks: {@link Refunds}, {@link StripeWebhooks}.
 */
@Stateless
public class Payments {

  @PersistenceContext(unitName = "payments")
  EntityManager em;

  @EJB PaymentOrderRegistry registry;
  @EJB PaymentCustomers customers;
  @Inject StripeGateway stripe;
  @Inject Auditor auditor;

  /** Charges the order with {@code paymentMethodId}; a decline is a result, not a rollback. */
  public PaymentResult start(
      Caller caller, String orderType, UUID orderId, String paymentMethodId, String returnUrl) {
    if (paymentMethodId == null || paymentMethodId.isBlank()) {
      throw ApiException.badRequest(
          "errMsg_paymentMethodIdIsRequired", "paymentUserParams.paymentMethodId is required");
    }
    PayableOrder order = ownOrder(caller, orderType, orderId);
    PaymentTicket ticket = tickets().open(caller.tenantId(), orderType, order);
    if (ticket.paymentStatus() != null && ticket.paymentStatus().isFinal()) {
      throw ApiException.conflict(
          "errMsg_orderAlreadyPaid", orderType + " " + orderId + " is paid");
    }
    if (!order.payable()) {
      throw ApiException.conflict(
          "errMsg_orderNotPayable", orderType + " " + orderId + " cannot be paid now");
    }
    String customer = customers.ensure(caller);
    saveMethod(caller, customer, paymentMethodId);
    IntentState state;
    String declineCode = null;
    try {
      state = charge(caller, ticket, order, customer, paymentMethodId, returnUrl);
    } catch (PaymentDeclined declined) {
      if (declined.paymentIntentId() == null) {
        throw declined;
      }
      state = stripe.retrieve(declined.paymentIntentId());
      declineCode = declined.declineCode();
    }
    ticket.attach(state.id(), state.nextActionUrl());
    updates().apply(ticket, state.status(), state.observedAt());
    return PaymentResults.of(ticket, order, state, declineCode, paymentMethodId);
  }

  /** Reads the PaymentIntent from Stripe and applies it; the caller must own the order. */
  public PaymentResult refresh(Caller caller, String orderType, UUID orderId) {
    PayableOrder order = ownOrder(caller, orderType, orderId);
    return reread(caller.tenantId(), orderType, order);
  }

  /**
   * The callback routes: trusts nothing but which order to look at, re-reads its PaymentIntent from
   * Stripe and applies that.
   */
  public PaymentResult callback(UUID tenantId, String orderType, UUID orderId) {
    PayableOrder order =
        registry
            .of(orderType)
            .find(tenantId, orderId)
            .orElseThrow(() -> ApiException.notFound(orderType, orderId));
    return reread(tenantId, orderType, order);
  }

  private PaymentResult reread(UUID tenantId, String orderType, PayableOrder order) {
    PaymentTicket ticket =
        tickets()
            .find(tenantId, orderType, order.orderId())
            .orElseThrow(() -> ApiException.notFound("paymentTicket", order.orderId()));
    IntentState state = null;
    if (ticket.paymentId() != null) {
      state = stripe.retrieve(ticket.paymentId());
      updates().apply(ticket, state.status(), state.observedAt());
    }
    return PaymentResults.of(ticket, order, state, null, null);
  }

  private IntentState charge(
      Caller caller,
      PaymentTicket ticket,
      PayableOrder order,
      String customer,
      String paymentMethodId,
      String returnUrl) {
    if (ticket.paymentId() == null) {
      return stripe.pay(
          "intent:" + caller.tenantId() + ":" + ticket.id(),
          order.amount(),
          customer,
          paymentMethodId,
          returnUrl,
          metadata(ticket));
    }
    return stripe.confirm(
        "confirm:" + ticket.id() + ":" + paymentMethodId,
        ticket.paymentId(),
        paymentMethodId,
        returnUrl);
  }

  private PayableOrder ownOrder(Caller caller, String orderType, UUID orderId) {
    return registry
        .of(orderType)
        .find(caller.tenantId(), orderId)
        .filter(order -> caller.isAdmin() || order.ownerId().equals(caller.userId()))
        .orElseThrow(() -> ApiException.notFound(orderType, orderId));
  }

  private void saveMethod(Caller caller, String customer, String paymentMethodId) {
    StripeGateway.CardDetails card =
        stripe.attach(
            "attach:" + caller.tenantId() + ":" + paymentMethodId + ":" + customer,
            paymentMethodId,
            customer);
    boolean known =
        !em.createQuery(
                "select m.id from SavedPaymentMethod m where m.tenantId = :tenant"
                    + " and m.paymentMethodId = :method",
                UUID.class)
            .setParameter("tenant", caller.tenantId())
            .setParameter("method", card.paymentMethodId())
            .getResultList()
            .isEmpty();
    if (!known) {
      em.persist(
          new SavedPaymentMethod(
              caller.tenantId(),
              caller.userId(),
              customer,
              card.paymentMethodId(),
              PaymentCustomers.STRIPE,
              card.holderName(),
              card.holderZip(),
              card.brand(),
              card.last4(),
              card.expMonth(),
              card.expYear()));
    }
  }

  private PaymentTickets tickets() {
    return new PaymentTickets(em);
  }

  private TicketUpdates updates() {
    return new TicketUpdates(registry, auditor);
  }

  private static Map<String, String> metadata(PaymentTicket ticket) {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("tenant", ticket.tenantId().toString());
    metadata.put("orderType", ticket.orderType());
    metadata.put("orderId", ticket.orderId().toString());
    metadata.put("ticketId", ticket.id().toString());
    return metadata;
  }
}
