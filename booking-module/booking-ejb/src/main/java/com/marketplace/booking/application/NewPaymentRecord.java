package com.marketplace.booking.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An admin's manual payment record (amounts in major units of the reservation's currency). */
public record NewPaymentRecord(
    @NotNull UUID reservationId,
    String stripeChargeId,
    BigDecimal payoutAmountHost,
    @NotBlank String paymentIntentId,
    @NotBlank String currency,
    BigDecimal cityTax,
    BigDecimal refundAmount,
    @NotNull BigDecimal amountPaid,
    @NotBlank String paymentStatus,
    BigDecimal platformFee,
    OffsetDateTime paymentDate) {}
