package com.marketplace.payments.application.internal;

import com.marketplace.common.audit.Auditor;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.metrics.BusinessMetrics;
import com.marketplace.common.money.Money;
import com.marketplace.common.security.Caller;
import com.marketplace.payments.application.PayableOrder;
import com.marketplace.payments.application.PaymentOrderRegistry;
import com.marketplace.payments.application.PaymentResult;
import com.marketplace.payments.application.PaymentTicketView;
import com.marketplace.payments.application.Payments;
import com.marketplace.payments.domain.PaymentAttempt;
import com.marketplace.payments.domain.PaymentAttemptRepository;
import com.marketplace.payments.domain.PaymentCustomerRepository;
import com.marketplace.payments.domain.PaymentTicket;
import com.marketplace.payments.domain.PaymentTicketRepository;
import com.marketplace.payments.domain.SavedPaymentMethodRepository;
import com.marketplace.payments.infrastructure.stripe.IntentState;
import com.marketplace.payments.infrastructure.stripe.StripeGateway;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The database steps of a payment, each its own short transaction: nothing here calls Stripe, and
 * no row lock or connection is held while Stripe is called. {@link Payments} runs the process:
 * commit the attempt, call Stripe, apply the answer.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PaymentSteps {

  private static final int MAX_STUCK = 500;

  @Inject PaymentTicketRepository tickets;
  @Inject PaymentAttemptRepository attempts;
  @Inject PaymentCustomerRepository customers;
  @Inject SavedPaymentMethodRepository savedMethods;
  @EJB PaymentOrderRegistry registry;
  @Inject Auditor auditor;
  @Inject BusinessMetrics metrics;

  /** What a committed attempt needs for its Stripe call. */
  public record Begun(
      UUID attemptId,
      String stripeKey,
      String existingPaymentId,
      Money amount,
      Map<String, String> metadata) {}

  /** An attempt still in flight, as the settlement needs it. */
  public record InFlight(
      UUID attemptId,
      UUID tenantId,
      String customerId,
      String paymentId,
      String paymentMethodId,
      Instant startedAt) {}

  /**
   * What a start reads before it calls Stripe, in one transaction: the attempts still in flight,
   * the caller's Stripe customer if they have one ({@code null} otherwise), the card to pay with
   * (the one named, else the caller's last saved card, else {@code null}) and whether that card is
   * already saved to that customer (then it needs no attaching).
   */
  public record Preparation(
      List<InFlight> inFlight, String customerId, String paymentMethodId, boolean methodSaved) {}

  /**
   * The order must be payable by the caller (404, 403 or 409 otherwise); then what a start needs.
   */
  public Preparation prepare(
      Caller caller, String orderType, UUID orderId, String paymentMethodId) {
    payableOrder(caller, orderType, orderId);
    UUID tenantId = caller.tenantId();
    String customer = customers.customerIdOf(tenantId, caller.userId()).orElse(null);
    String method =
        paymentMethodId == null || paymentMethodId.isBlank()
            ? savedMethods.latestOf(tenantId, caller.userId()).orElse(null)
            : paymentMethodId;
    boolean saved =
        customer != null && method != null && savedMethods.savedTo(tenantId, customer, method);
    return new Preparation(inFlight(tenantId, orderType, orderId), customer, method, saved);
  }

  /** The caller's order (an admin's: any of the tenant's), or 404. */
  public PayableOrder ownedOrder(Caller caller, String orderType, UUID orderId) {
    return ownOrder(caller, orderType, orderId);
  }

  /**
   * The order the caller may pay, or 404 (another tenant's) / 403 (another user's) / 409 (not
   * payable, or paid).
   */
  private PayableOrder payableOrder(Caller caller, String orderType, UUID orderId) {
    PayableOrder order = ownOrder(caller, orderType, orderId);
    tickets
        .liveOfOrderLocked(caller.tenantId(), orderType, orderId)
        .ifPresent(ticket -> requireUnpaid(ticket, orderType, orderId));
    requirePayable(order, orderType);
    return order;
  }

  /**
   * Opens the order's ticket if needed and commits a new attempt to pay it. Refused while another
   * attempt of the same ticket is in flight (the database allows one), so two concurrent starts can
   * never create two charges.
   */
  public Begun begin(Caller caller, String orderType, UUID orderId, String paymentMethodId) {
    PayableOrder order = ownOrder(caller, orderType, orderId);
    PaymentTicket ticket = open(caller.tenantId(), orderType, order);
    requireUnpaid(ticket, orderType, orderId);
    requirePayable(order, orderType);
    PaymentAttempt attempt =
        new PaymentAttempt(
            ticket,
            paymentMethodId,
            customers.customerIdOf(caller.tenantId(), caller.userId()).orElse(null));
    if (!attempts.add(attempt)) {
      throw paymentUnderWay();
    }
    return new Begun(
        attempt.id(),
        attempt.stripeKey(),
        ticket.paymentId(),
        ticket.amount(),
        metadata(ticket, attempt));
  }

  /**
   * Applies what Stripe answered to the attempt's ticket (and through it to the order), and closes
   * the attempt. A ticket already paid by another PaymentIntent keeps it (409): the attempt stays
   * in flight, for the reconciliation to give that second charge back.
   */
  public PaymentResult apply(
      UUID attemptId, IntentState state, String declineCode, String paymentMethodId) {
    PaymentTicket ticket = lockedTicket(attempts.ticketOf(attemptId));
    PaymentAttempt attempt = attempts.findLocked(attemptId).orElseThrow();
    if (!ticket.accepts(state.id())) {
      // the orchestrator remembers this PaymentIntent on the attempt, for the reconciliation
      throw new ApiException(
          409,
          "errMsg_paymentAlreadyStarted",
          "This order is already being paid by " + ticket.paymentId());
    }
    applyState(ticket, state);
    String outcome = declineCode != null ? declineCode : state.status().stripeName();
    attempt.applied(state.id(), outcome);
    metrics.payment(outcome);
    PayableOrder order =
        registry.of(ticket.orderType()).find(ticket.tenantId(), ticket.orderId()).orElse(null);
    return PaymentResults.of(ticket, order, state, declineCode, paymentMethodId);
  }

  /** Applies Stripe's current state of the ticket's PaymentIntent (refresh, callback, repairs). */
  public PaymentResult applyCurrent(UUID ticketId, IntentState state) {
    PaymentTicket ticket = lockedTicket(ticketId);
    if (ticket.accepts(state.id())) {
      applyState(ticket, state);
    }
    PayableOrder order =
        registry.of(ticket.orderType()).find(ticket.tenantId(), ticket.orderId()).orElse(null);
    return PaymentResults.of(ticket, order, state, null, null);
  }

  /** Stripe took no money for this attempt. */
  public void fail(UUID attemptId, String outcome) {
    attempts.findLocked(attemptId).orElseThrow().failed(outcome);
    metrics.payment("failed");
  }

  /** Keeps which PaymentIntent an attempt made when applying it failed. */
  public void remember(UUID attemptId, String paymentIntentId) {
    attempts.findLocked(attemptId).orElseThrow().madePayment(paymentIntentId);
  }

  /** The attempts still in flight for an order's live ticket. */
  public List<InFlight> inFlight(UUID tenantId, String orderType, UUID orderId) {
    return attempts.inFlightOfOrder(tenantId, orderType, orderId).stream()
        .map(PaymentSteps::inFlight)
        .toList();
  }

  /** Attempts started before {@code before} and still in flight (of one tenant, or all). */
  public List<InFlight> stuck(Optional<UUID> tenantId, Instant before) {
    return attempts.inFlightSince(tenantId, before, MAX_STUCK).stream()
        .map(PaymentSteps::inFlight)
        .toList();
  }

  /** The order a live ticket pays with {@code paymentIntentId}. */
  public record OrderOfPayment(UUID tenantId, UUID orderId) {}

  /** Which order of {@code orderType} the PaymentIntent pays, if the platform knows it. */
  public Optional<OrderOfPayment> orderPaidBy(String orderType, String paymentIntentId) {
    return tickets
        .liveOfPayment(orderType, paymentIntentId)
        .map(t -> new OrderOfPayment(t.tenantId(), t.orderId()));
  }

  /** The order's live ticket, for a refresh or a callback: 404 when it was never paid. */
  public PaymentTicketView ticketOf(UUID tenantId, String orderType, UUID orderId) {
    return tickets
        .liveOfOrderLocked(tenantId, orderType, orderId)
        .map(PaymentTicketViews::of)
        .orElseThrow(() -> ApiException.notFound("paymentTicket", orderId));
  }

  /** The order as its module describes it, for a result without a PaymentIntent. */
  public PaymentResult resultOf(UUID ticketId) {
    PaymentTicket ticket = tickets.find(ticketId).orElseThrow();
    PayableOrder order =
        registry.of(ticket.orderType()).find(ticket.tenantId(), ticket.orderId()).orElse(null);
    return PaymentResults.of(ticket, order, null, null, null);
  }

  private void applyState(PaymentTicket ticket, IntentState state) {
    ticket.attach(state.id(), state.nextActionUrl());
    new TicketUpdates(registry, auditor).apply(ticket, state.status(), state.observedAt());
  }

  private PaymentTicket lockedTicket(UUID ticketId) {
    return tickets
        .findLocked(ticketId)
        .orElseThrow(() -> ApiException.notFound("paymentTicket", ticketId));
  }

  /** The order's live ticket, opened with the order's amount if it has none yet. */
  private PaymentTicket open(UUID tenantId, String orderType, PayableOrder order) {
    return tickets
        .liveOfOrderLocked(tenantId, orderType, order.orderId())
        .orElseGet(
            () -> {
              PaymentTicket ticket =
                  new PaymentTicket(
                      tenantId, order.ownerId(), orderType, order.orderId(), order.amount());
              tickets.add(ticket);
              return ticket;
            });
  }

  /**
   * The order, if the caller owns it or is an admin: another tenant's does not exist (404), another
   * user's of the same tenant is forbidden (403), as everywhere in the API.
   */
  private PayableOrder ownOrder(Caller caller, String orderType, UUID orderId) {
    PayableOrder order =
        registry
            .of(orderType)
            .find(caller.tenantId(), orderId)
            .orElseThrow(() -> ApiException.notFound(orderType, orderId));
    if (!caller.isAdmin() && !order.ownerId().equals(caller.userId())) {
      throw ApiException.forbidden("Only the " + orderType + "'s owner or an admin may pay it");
    }
    return order;
  }

  private static void requireUnpaid(PaymentTicket ticket, String orderType, UUID orderId) {
    if (ticket.paymentStatus() != null && ticket.paymentStatus().isFinal()) {
      throw ApiException.conflict(
          "errMsg_orderAlreadyPaid", orderType + " " + orderId + " is paid");
    }
  }

  private static void requirePayable(PayableOrder order, String orderType) {
    if (!order.payable()) {
      throw ApiException.conflict(
          "errMsg_orderNotPayable", orderType + " " + order.orderId() + " cannot be paid now");
    }
  }

  public static ApiException paymentUnderWay() {
    return ApiException.conflict(
        "errMsg_paymentInProgress", "A payment of this order is under way; try again shortly");
  }

  private static InFlight inFlight(PaymentAttempt a) {
    return new InFlight(
        a.id(), a.tenantId(), a.customerId(), a.paymentId(), a.paymentMethodId(), a.startedAt());
  }

  private static Map<String, String> metadata(PaymentTicket ticket, PaymentAttempt attempt) {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("tenant", ticket.tenantId().toString());
    metadata.put("orderType", ticket.orderType());
    metadata.put("orderId", ticket.orderId().toString());
    metadata.put(StripeGateway.TICKET_ID, ticket.id().toString());
    metadata.put(StripeGateway.ATTEMPT_ID, attempt.id().toString());
    return metadata;
  }
}
