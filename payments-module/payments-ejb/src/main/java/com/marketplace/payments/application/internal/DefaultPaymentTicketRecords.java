package com.marketplace.payments.application.internal;

import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.audit.Auditor;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.security.Caller;
import com.marketplace.payments.application.ClientWords;
import com.marketplace.payments.application.PayableOrder;
import com.marketplace.payments.application.PaymentChange;
import com.marketplace.payments.application.PaymentOrderRegistry;
import com.marketplace.payments.application.PaymentTicketFilter;
import com.marketplace.payments.application.PaymentTicketRecords;
import com.marketplace.payments.application.PaymentTicketView;
import com.marketplace.payments.domain.PaymentStatus;
import com.marketplace.payments.domain.PaymentTicket;
import com.marketplace.payments.domain.PaymentTicketRepository;
import com.marketplace.payments.domain.TicketStatus;
import com.marketplace.payments.infrastructure.stripe.IntentState;
import com.marketplace.payments.infrastructure.stripe.StripeGateway;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The spec's payment-ticket routes ({@code /v1/enrollmentpayment...}, {@code
 * /v1/reservationpayment...}) for one order type.
 *
 * <p>Reads: the ticket's owner or an admin; another user's ticket is 403, another tenant's 404.
 * Writes are for admins, and even then the server decides: a ticket's amount is its order's, and
 * its status is what Stripe says about its PaymentIntent. A status in the request that disagrees
 * with Stripe is refused (422) rather than recorded.
 */
@Stateless
@Local(PaymentTicketRecords.class)
public class DefaultPaymentTicketRecords implements PaymentTicketRecords {

  static final String OBJECT_TYPE = "paymentTicket";

  @Inject PaymentTicketRepository tickets;
  @Inject PaymentTicketQueries queries;
  @EJB PaymentOrderRegistry registry;
  @Inject StripeGateway stripe;
  @Inject Auditor auditor;
  @Inject ClientWords words;

  public PaymentTicketView get(Caller caller, String orderType, UUID ticketId) {
    return visible(caller, () -> ofType(caller, orderType, tickets.find(ticketId)), ticketId);
  }

  public PaymentTicketView byOrderId(Caller caller, String orderType, UUID orderId) {
    return visible(
        caller, () -> tickets.shownOfOrder(caller.tenantId(), orderType, orderId), orderId);
  }

  public PaymentTicketView byPaymentId(Caller caller, String orderType, String paymentId) {
    return visible(
        caller, () -> tickets.ofPayment(caller.tenantId(), orderType, paymentId), paymentId);
  }

  /** An admin lists every ticket of the tenant; anyone else only their own. */
  public Page<PaymentTicketView> list(
      Caller caller, String orderType, PaymentTicketFilter filter, PageRequest page) {
    UUID owner = filter.ownerId();
    if (!caller.isAdmin()) {
      if (owner != null && !owner.equals(caller.userId())) {
        throw ApiException.forbidden("Only an admin may list another user's payments");
      }
      owner = caller.userId();
    }
    PaymentStatus paymentStatus = status(filter.paymentStatus());
    Optional<TicketStatus> status = ticketStatus(filter.statusLiteral());
    if (filter.statusLiteral() != null && status.isEmpty()) {
      return new Page<>(List.of(), page, 0); // no ticket reads that way
    }
    return queries.list(
        caller.tenantId(), orderType, owner, paymentStatus, status.orElse(null), filter, page);
  }

  /**
   * Records that an existing PaymentIntent pays an order (e.g. one paid outside this API). The
   * order must exist and have no live ticket, and the PaymentIntent must be for the order's amount;
   * its status is read from Stripe, and the owning module hears of it as of any payment.
   */
  public PaymentTicketView create(
      Caller admin,
      String orderType,
      UUID orderId,
      String paymentId,
      String paymentStatus,
      String statusLiteral,
      String redirectUrl) {
    requireAdmin(admin);
    PayableOrder order =
        registry
            .of(orderType)
            .find(admin.tenantId(), orderId)
            .orElseThrow(() -> ApiException.notFound(orderType, orderId));
    if (tickets.liveOfOrderLocked(admin.tenantId(), orderType, orderId).isPresent()) {
      throw ApiException.conflict(
          "errMsg_paymentTicketExists", orderType + " " + orderId + " already has a payment");
    }
    IntentState state = intentFor(paymentId, admin.tenantId(), orderType, order);
    PaymentTicket ticket =
        new PaymentTicket(admin.tenantId(), order.ownerId(), orderType, orderId, order.amount());
    ticket.attach(paymentId, redirectUrl);
    tickets.add(ticket);
    auditor.created(admin.tenantId(), OBJECT_TYPE, ticket.id());
    apply(ticket, state, paymentStatus, statusLiteral);
    return PaymentTicketViews.of(ticket);
  }

  /**
   * Sets the redirect URL, links a PaymentIntent to a ticket that has none, and re-reads the
   * ticket's status from Stripe. A ticket's PaymentIntent, once linked, is never replaced.
   */
  public PaymentTicketView update(
      Caller admin,
      String orderType,
      UUID ticketId,
      String paymentId,
      String paymentStatus,
      String statusLiteral,
      String redirectUrl) {
    requireAdmin(admin);
    PaymentTicket ticket = locked(admin, orderType, ticketId);
    if (paymentId != null && ticket.paymentId() == null) {
      PayableOrder order =
          registry
              .of(orderType)
              .find(admin.tenantId(), ticket.orderId())
              .orElseThrow(() -> ApiException.notFound(orderType, ticket.orderId()));
      intentFor(paymentId, admin.tenantId(), orderType, order);
    }
    if (paymentId != null) {
      ticket.attach(paymentId, ticket.redirectUrl());
    }
    if (redirectUrl != null) {
      ticket.redirectTo(redirectUrl);
    }
    if (ticket.paymentId() != null) {
      apply(ticket, stripe.retrieve(ticket.paymentId()), paymentStatus, statusLiteral);
    } else if (paymentStatus != null || statusLiteral != null) {
      throw ApiException.unprocessable(
          "errMsg_paymentStatusIsStripes",
          "A payment's status is read from Stripe; this ticket has no PaymentIntent yet");
    }
    tickets.flush();
    return PaymentTicketViews.of(ticket);
  }

  /** Soft delete, refused while the ticket holds money or a payment is under way. */
  public PaymentTicketView delete(Caller admin, String orderType, UUID ticketId) {
    requireAdmin(admin);
    PaymentTicket ticket = locked(admin, orderType, ticketId);
    if (ticket.isActive()) {
      ticket.delete();
      auditor.transition(admin.tenantId(), OBJECT_TYPE, ticket.id(), "isActive", true, false);
      tickets.flush();
    }
    return PaymentTicketViews.of(ticket);
  }

  private void apply(
      PaymentTicket ticket, IntentState state, String paymentStatus, String statusLiteral) {
    new TicketUpdates(registry, auditor).apply(ticket, state.status(), state.observedAt());
    String actual = ticket.paymentStatus() == null ? null : ticket.paymentStatus().stripeName();
    if (paymentStatus != null && !paymentStatus.equals(actual)) {
      throw disagrees("paymentStatus", paymentStatus, actual);
    }
    if (statusLiteral != null && ticketStatus(statusLiteral).orElse(null) != ticket.status()) {
      throw disagrees(
          "statusLiteral", statusLiteral, words.word(PublishedStatuses.of(ticket.status())));
    }
  }

  /**
   * The PaymentIntent, which must exist, be unlinked, be for the order's amount, and, if the
   * platform made it, for this tenant's order (one made outside the platform carries no metadata).
   */
  private IntentState intentFor(
      String paymentId, UUID tenantId, String orderType, PayableOrder order) {
    if (tickets.paymentInUse(paymentId)) {
      throw ApiException.conflict(
          "errMsg_paymentIdInUse", paymentId + " already pays another order");
    }
    IntentState state = stripe.retrieve(paymentId);
    if (!belongsTo(state, tenantId, orderType, order)) {
      throw ApiException.unprocessable(
          "errMsg_paymentIntentOfAnotherOrder",
          paymentId + " was made for another order (its metadata names another tenant or order)");
    }
    if (!state.amount().equals(order.amount())) {
      throw ApiException.unprocessable(
          "errMsg_paymentAmountMismatch",
          paymentId
              + " is for "
              + state.amount().toMajor()
              + " "
              + state.amount().currency()
              + ", the order for "
              + order.amount().toMajor()
              + " "
              + order.amount().currency());
    }
    return state;
  }

  private static boolean belongsTo(
      IntentState state, UUID tenantId, String orderType, PayableOrder order) {
    Map<String, String> metadata = state.metadata();
    return matches(metadata.get("tenant"), tenantId.toString())
        && matches(metadata.get("orderType"), orderType)
        && matches(metadata.get("orderId"), order.orderId().toString());
  }

  private static boolean matches(String written, String expected) {
    return written == null || written.equals(expected);
  }

  private PaymentTicket locked(Caller admin, String orderType, UUID ticketId) {
    return ofType(admin, orderType, tickets.findLocked(ticketId))
        .orElseThrow(() -> ApiException.notFound(OBJECT_TYPE, ticketId));
  }

  /** The ticket, if it is of the caller's tenant and of {@code orderType}. */
  private static Optional<PaymentTicket> ofType(
      Caller caller, String orderType, Optional<PaymentTicket> ticket) {
    return ticket.filter(
        t -> t.tenantId().equals(caller.tenantId()) && t.orderType().equals(orderType));
  }

  private static PaymentTicketView visible(
      Caller caller, Supplier<Optional<PaymentTicket>> lookup, Object key) {
    PaymentTicket ticket = lookup.get().orElseThrow(() -> ApiException.notFound(OBJECT_TYPE, key));
    if (!caller.isAdmin() && !Objects.equals(ticket.ownerId(), caller.userId())) {
      throw ApiException.forbidden("This payment belongs to another user");
    }
    return PaymentTicketViews.of(ticket);
  }

  private static PaymentStatus status(String stripeName) {
    if (stripeName == null) {
      return null;
    }
    try {
      return PaymentStatus.fromStripe(stripeName);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "errMsg_paymentStatusIsNotValid", "paymentStatus " + stripeName + " is not Stripe's");
    }
  }

  /** The ticket status a client's statusLiteral names, if any does. */
  private Optional<TicketStatus> ticketStatus(String statusLiteral) {
    return words
        .find(PaymentChange.Status.class, statusLiteral)
        .map(PublishedStatuses::ticketStatus);
  }

  private static void requireAdmin(Caller caller) {
    if (!caller.isAdmin()) {
      throw ApiException.forbidden("Only an admin may change payment records");
    }
  }

  private static ApiException disagrees(String field, String sent, String actual) {
    return ApiException.unprocessable(
        "errMsg_" + field + "DisagreesWithStripe",
        field + " is " + actual + " according to Stripe, not " + sent);
  }
}
