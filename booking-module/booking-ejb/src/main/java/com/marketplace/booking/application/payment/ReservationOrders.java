package com.marketplace.booking.application.payment;

import com.marketplace.booking.application.BookingJournal;
import com.marketplace.booking.application.reservation.ReservationState;
import com.marketplace.booking.application.reservation.Reservations;
import com.marketplace.booking.domain.BookingStatus;
import com.marketplace.booking.domain.PaymentConfirmation;
import com.marketplace.booking.domain.PaymentRecord;
import com.marketplace.booking.domain.PaymentRecordRepository;
import com.marketplace.booking.domain.Reservation;
import com.marketplace.booking.domain.ReservationRepository;
import com.marketplace.common.security.Caller;
import com.marketplace.payments.application.PayableOrder;
import com.marketplace.payments.application.PaymentChange;
import com.marketplace.payments.application.PaymentOrders;
import com.marketplace.payments.application.PaymentTicketRecords;
import com.marketplace.payments.application.Refunds;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reservations as payments' order type {@value #ORDER_TYPE}: payments asks for the amount here (the
 * reservation's total, never a client's) and reports every change of the payment, in its own
 * transaction. A first "paid" confirms an instant reservation and writes a payment record; each
 * refund writes a refund record of the amount refunded since the last one. A payment that succeeds
 * after its reservation was cancelled or declined is refunded in full at once. Registered by {@link
 * ReservationOrdersRegistration}.
 */
@Singleton
@LocalBean // it implements PaymentOrders, which would otherwise be its only view
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReservationOrders implements PaymentOrders {

  public static final String ORDER_TYPE = "reservation";

  @Inject ReservationRepository reservations;
  @Inject PaymentRecordRepository records;

  @EJB PaymentTicketRecords tickets;
  @EJB Refunds refunds;
  @Inject BookingJournal journal;

  @Override
  public String orderType() {
    return ORDER_TYPE;
  }

  @Override
  public Optional<PayableOrder> find(UUID tenantId, UUID orderId) {
    return reservation(tenantId, orderId)
        .map(
            r ->
                new PayableOrder(
                    r.id(),
                    r.guestId(),
                    r.total(),
                    "Stay " + r.stay().checkIn() + " to " + r.stay().checkOut(),
                    r.isPayable()));
  }

  @Override
  public void paymentChanged(PaymentChange change) {
    Reservation r = reservation(change.tenantId(), change.orderId()).orElse(null);
    if (r == null) {
      return;
    }
    Map<String, Object> before = ReservationState.of(r);
    boolean wasPaid = r.paymentConfirmation() == PaymentConfirmation.PAID;
    long refundedBefore = r.refundedMinor();
    r.paymentObserved(confirmation(change.status()), change.refundedMinor());
    boolean newlyPaid = !wasPaid && r.paymentConfirmation() == PaymentConfirmation.PAID;
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    if (newlyPaid) {
      records.add(PaymentRecord.paid(r, paymentIntent(r), now));
    }
    long refunded = r.refundedMinor() - refundedBefore;
    if (refunded > 0) {
      records.add(PaymentRecord.refunded(r, refunded, paymentIntent(r), now));
    }
    Map<String, Object> after = ReservationState.of(r);
    if (change.disputeStatus() != null) {
      // a chargeback shows on the reservation's event stream; the stay itself is unchanged
      after = new LinkedHashMap<>(after);
      after.put("paymentDisputeStatus", change.disputeStatus().stripeName());
    }
    if (!after.equals(before)) {
      journal.record(
          "reservation.paymentChanged",
          r.tenantId(),
          Reservations.OBJECT_TYPE,
          r.id(),
          before,
          after);
    }
    if (newlyPaid && !r.holdsNights()) {
      // called off while its payment was still under way (e.g. awaiting 3-D Secure): nothing is
      // kept for a stay that will not happen. The refund's own change comes back through here.
      refunds.refund(
          r.tenantId(),
          null,
          ORDER_TYPE,
          r.id(),
          null,
          "paid after the reservation was " + BookingStatus.Column.word(r.bookingStatus()));
    }
  }

  /** A reservation's payment is paid whatever was refunded since; refunds are counted apart. */
  private static PaymentConfirmation confirmation(PaymentChange.Status status) {
    return switch (status) {
      case PAID, PARTIALLY_REFUNDED, REFUNDED -> PaymentConfirmation.PAID;
      case PROCESSING, REQUIRES_ACTION -> PaymentConfirmation.PROCESSING;
      case CANCELED -> PaymentConfirmation.CANCELED;
      case PENDING -> PaymentConfirmation.PENDING;
    };
  }

  /** The PaymentIntent of the reservation's ticket, read as the system (an admin of the tenant). */
  private String paymentIntent(Reservation r) {
    Caller system =
        new Caller(new UUID(0, 0), r.tenantId(), Set.of(Caller.ADMIN), null, null, "booking", null);
    return tickets.byOrderId(system, ORDER_TYPE, r.id()).paymentId();
  }

  private Optional<Reservation> reservation(UUID tenantId, UUID id) {
    return reservations.find(id).filter(r -> r.tenantId().equals(tenantId));
  }
}
