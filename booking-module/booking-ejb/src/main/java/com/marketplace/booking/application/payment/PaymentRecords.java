package com.marketplace.booking.application.payment;

import com.marketplace.booking.application.BookingJournal;
import com.marketplace.booking.application.ClientWords;
import com.marketplace.booking.application.ReservationAccess;
import com.marketplace.booking.domain.PaymentRecord;
import com.marketplace.booking.domain.PaymentRecordRepository;
import com.marketplace.booking.domain.PaymentRecordStatus;
import com.marketplace.booking.domain.Reservation;
import com.marketplace.booking.domain.ReservationRepository;
import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.money.Money;
import com.marketplace.common.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * Payment records: written by {@link ReservationOrders} from payment events, or by an admin by
 * hand; read by the reservation's guest and host and by admins. There is no way to change or remove
 * one.
 */
@Stateless
public class PaymentRecords {

  static final String OBJECT_TYPE = "paymentRecord";

  @Inject PaymentRecordRepository records;
  @Inject ReservationRepository reservations;
  @Inject PaymentRecordQueries queries;

  @Inject BookingJournal journal;
  @Inject ClientWords words;

  public PaymentRecordView create(Caller admin, NewPaymentRecord request) {
    if (!admin.isAdmin()) {
      throw ApiException.forbidden("Only an admin records payments by hand");
    }
    Reservation reservation =
        ReservationAccess.visible(reservations, admin, request.reservationId());
    if (!reservation.currency().equalsIgnoreCase(request.currency())) {
      throw ApiException.unprocessable(
          "errMsg_currencyMismatch", "The reservation is in " + reservation.currency());
    }
    PaymentRecordStatus status =
        words.read(PaymentRecordStatus.class, "paymentStatus", request.paymentStatus());
    String currency = reservation.currency();
    PaymentRecord record =
        new PaymentRecord(
            admin.tenantId(),
            admin.userId(),
            reservation,
            status,
            new PaymentRecord.Amounts(
                currency,
                minor(request.amountPaid(), currency, "amountPaid"),
                minor(request.platformFee(), currency, "platformFee"),
                minor(request.cityTax(), currency, "cityTax"),
                minor(request.payoutAmountHost(), currency, "payoutAmountHost"),
                minor(request.refundAmount(), currency, "refundAmount")),
            request.paymentIntentId(),
            request.stripeChargeId(),
            request.paymentDate(),
            "manual");
    records.add(record);
    records.flush();
    journal.record(
        "paymentRecord.created",
        record.tenantId(),
        OBJECT_TYPE,
        record.id(),
        null,
        Map.of(
            "paymentStatus",
            PaymentRecordStatus.Column.word(status),
            "reservationId",
            reservation.id().toString()));
    return PaymentRecordView.of(record);
  }

  public PaymentRecordView get(Caller caller, UUID id) {
    PaymentRecord record = records.find(id).orElse(null);
    if (record == null || !record.tenantId().equals(caller.tenantId())) {
      throw ApiException.notFound(OBJECT_TYPE, id);
    }
    if (!caller.isAdmin()
        && !record.guestId().equals(caller.userId())
        && !record.hostId().equals(caller.userId())) {
      throw ApiException.forbidden("Only the guest, the host or an admin may see this payment");
    }
    return PaymentRecordView.of(record);
  }

  /** An admin's whole tenant; anyone else the records of their stays and their listings' stays. */
  public Page<PaymentRecordView> list(
      Caller caller, UUID reservationId, PaymentRecordStatus status, PageRequest page) {
    return queries.list(caller, reservationId, status, page);
  }

  private static long minor(BigDecimal major, String currency, String field) {
    if (major == null) {
      return 0;
    }
    try {
      return Money.ofMajor(major, currency).amountMinor();
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("errMsg_" + field + "IsNotValid", e.getMessage());
    }
  }
}
