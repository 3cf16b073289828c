package com.marketplace.booking.application.payment;

import com.marketplace.booking.application.reservation.ReservationView;
import com.marketplace.booking.application.reservation.Reservations;
import com.marketplace.common.security.Caller;
import com.marketplace.payments.application.PaymentResult;
import com.marketplace.payments.application.PaymentReturn;
import com.marketplace.payments.application.Payments;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Optional;
import java.util.UUID;

/**
 * The spec's reservation payment routes, through payments: the guest (or an admin) starts and
 * refreshes the payment of a payable reservation (payments checks the caller owns it, as {@link
 * ReservationOrders} describes it); the callback re-reads it from Stripe for any participant. The
 * reservation is re-read afterwards, so it shows what the payment changed.
 */
@Stateless
// no transaction across the payment: payments commits its steps itself, Stripe called in between
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReservationPayments {

  @EJB Payments payments;
  @EJB Reservations reservations;

  /** A reservation and the payment result of the same request. */
  public record Paid(ReservationView reservation, PaymentResult paymentResult) {}

  public Paid start(Caller caller, UUID reservationId, String paymentMethodId, String returnUrl) {
    PaymentResult result =
        payments.start(
            caller, ReservationOrders.ORDER_TYPE, reservationId, paymentMethodId, returnUrl);
    return new Paid(reservations.get(caller, reservationId), result);
  }

  public Paid refresh(Caller caller, UUID reservationId) {
    PaymentResult result = payments.refresh(caller, ReservationOrders.ORDER_TYPE, reservationId);
    return new Paid(reservations.get(caller, reservationId), result);
  }

  /**
   * The browser back from Stripe's payment page: verified by payments (the PaymentIntent must pay
   * one of this tenant's reservations, its client secret must match), then applied as a refresh.
   */
  public PaymentReturn returned(
      Optional<Caller> caller, String paymentIntentId, String clientSecret) {
    return payments.returned(
        ReservationOrders.ORDER_TYPE, paymentIntentId, clientSecret, caller.map(Caller::tenantId));
  }

  public Paid callback(Caller caller, UUID reservationId) {
    reservations.get(caller, reservationId);
    PaymentResult result =
        payments.callback(caller.tenantId(), ReservationOrders.ORDER_TYPE, reservationId);
    return new Paid(reservations.get(caller, reservationId), result);
  }
}
