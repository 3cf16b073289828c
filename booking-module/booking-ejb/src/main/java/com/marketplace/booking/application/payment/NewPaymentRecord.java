package com.marketplace.booking.application.payment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An admin's manual payment record (amounts in major units of the reservation's currency). */
public record NewPaymentRecord(
    @NotNull UUID reservationId,
    @Size(max = 255) String stripeChargeId,
    BigDecimal payoutAmountHost,
    @NotBlank @Size(max = 255) String paymentIntentId,
    @NotBlank @Size(max = 3) String currency,
    BigDecimal cityTax,
    BigDecimal refundAmount,
    @NotNull BigDecimal amountPaid,
    @NotBlank @Size(max = 64) String paymentStatus,
    BigDecimal platformFee,
    OffsetDateTime paymentDate) {}
