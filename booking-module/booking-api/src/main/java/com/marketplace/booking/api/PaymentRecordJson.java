package com.marketplace.booking.api;

import com.marketplace.booking.api.spelling.BookingSpellings;
import com.marketplace.booking.application.payment.PaymentRecordView;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A payment record as the spec shows it: its view, with paymentStatus spelled as the spec does
 * (literal and {@code _idx}).
 */
public record PaymentRecordJson(
    UUID id,
    UUID reservationId,
    String stripeChargeId,
    BigDecimal payoutAmountHost,
    String paymentIntentId,
    String currency,
    BigDecimal cityTax,
    BigDecimal refundAmount,
    BigDecimal amountPaid,
    String paymentStatus,
    int paymentStatus_idx,
    BigDecimal platformFee,
    OffsetDateTime paymentDate,
    boolean isActive,
    int recordVersion,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    UUID _owner) {

  static PaymentRecordJson of(PaymentRecordView v) {
    return new PaymentRecordJson(
        v.id(),
        v.reservationId(),
        v.stripeChargeId(),
        v.payoutAmountHost(),
        v.paymentIntentId(),
        v.currency(),
        v.cityTax(),
        v.refundAmount(),
        v.amountPaid(),
        BookingSpellings.PAYMENT_STATUS.literal(v.paymentStatus()),
        BookingSpellings.PAYMENT_STATUS.idx(v.paymentStatus()),
        v.platformFee(),
        v.paymentDate(),
        v.isActive(),
        v.recordVersion(),
        v.createdAt(),
        v.updatedAt(),
        v._owner());
  }
}
