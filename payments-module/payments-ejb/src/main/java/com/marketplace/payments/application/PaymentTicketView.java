package com.marketplace.payments.application;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A payment ticket as the spec's {@code sys_enrollmentPayment} / {@code sys_reservationPayment}
 * tell it, with its statuses as payments' published enums: the payment routes spell them on the
 * wire ({@code payments.web.PaymentTicketJson}).
 *
 * @param paymentStatus Stripe's status of the PaymentIntent, as Stripe spells it
 * @param status the application's reading of the payment (the spec's {@code statusLiteral})
 * @param disputeStatus where a chargeback of the payment stands, or null when there is none
 */
public record PaymentTicketView(
    UUID id,
    UUID ownerId,
    UUID orderId,
    String paymentId,
    String paymentStatus,
    PaymentChange.Status status,
    String redirectUrl,
    PaymentChange.DisputeStatus disputeStatus,
    boolean isActive,
    int recordVersion,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    UUID _owner) {}
