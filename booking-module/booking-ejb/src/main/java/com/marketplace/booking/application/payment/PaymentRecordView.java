package com.marketplace.booking.application.payment;

import com.marketplace.booking.domain.PaymentRecord;
import com.marketplace.booking.domain.PaymentRecordStatus;
import com.marketplace.common.money.Money;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A payment record as the spec shows it (amounts in major units of its currency), its status an
 * enum that the API layer spells (booking.api.PaymentRecordJson).
 */
public record PaymentRecordView(
    UUID id,
    UUID reservationId,
    String stripeChargeId,
    BigDecimal payoutAmountHost,
    String paymentIntentId,
    String currency,
    BigDecimal cityTax,
    BigDecimal refundAmount,
    BigDecimal amountPaid,
    PaymentRecordStatus paymentStatus,
    BigDecimal platformFee,
    OffsetDateTime paymentDate,
    boolean isActive,
    int recordVersion,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    UUID _owner) {

  public static PaymentRecordView of(PaymentRecord p) {
    return new PaymentRecordView(
        p.id(),
        p.reservationId(),
        p.stripeChargeId(),
        major(p.payoutAmountHostMinor(), p),
        p.paymentIntentId(),
        p.currency(),
        major(p.cityTaxMinor(), p),
        major(p.refundAmountMinor(), p),
        major(p.amountPaidMinor(), p),
        p.paymentStatus(),
        major(p.platformFeeMinor(), p),
        p.paymentDate(),
        p.isActive(),
        p.recordVersion(),
        p.createdAt(),
        p.updatedAt(),
        p.ownerId());
  }

  private static BigDecimal major(long minor, PaymentRecord p) {
    return Money.ofMinor(minor, p.currency()).toMajor();
  }
}
