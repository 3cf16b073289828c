package com.marketplace.payments.application;

import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.security.Caller;
import java.util.UUID;

/**
 * The spec's payment-ticket routes ({@code /v1/enrollmentpayment...}, {@code
 * /v1/reservationpayment...}) for one order type.
 *
 * <p>Reads: the ticket's owner or an admin; another user's ticket is 403, another tenant's 404.
 * Writes are for admins, and even then the server decides: a ticket's amount is its order's, and
 * its status is what Stripe says about its PaymentIntent. A status in the request that disagrees
 * with Stripe is refused (422) rather than recorded.
 */
public interface PaymentTicketRecords {

  PaymentTicketView get(Caller caller, String orderType, UUID ticketId);

  /** The order's live ticket, else its newest. */
  PaymentTicketView byOrderId(Caller caller, String orderType, UUID orderId);

  PaymentTicketView byPaymentId(Caller caller, String orderType, String paymentId);

  /** An admin lists every ticket of the tenant; anyone else only their own. */
  Page<PaymentTicketView> list(
      Caller caller, String orderType, PaymentTicketFilter filter, PageRequest page);

  /**
   * Records that an existing PaymentIntent pays an order (e.g. one paid outside this API). The
   * order must exist and have no live ticket, and the PaymentIntent must be for the order's amount;
   * its status is read from Stripe, and the owning module hears of it as of any payment.
   */
  PaymentTicketView create(
      Caller admin,
      String orderType,
      UUID orderId,
      String paymentId,
      String paymentStatus,
      String statusLiteral,
      String redirectUrl);

  /**
   * Sets the redirect URL, links a PaymentIntent to a ticket that has none, and re-reads the
   * ticket's status from Stripe. A ticket's PaymentIntent, once linked, is never replaced.
   */
  PaymentTicketView update(
      Caller admin,
      String orderType,
      UUID ticketId,
      String paymentId,
      String paymentStatus,
      String statusLiteral,
      String redirectUrl);

  /** Soft delete, refused while the ticket holds money or a payment is under way. */
  PaymentTicketView delete(Caller admin, String orderType, UUID ticketId);
}
