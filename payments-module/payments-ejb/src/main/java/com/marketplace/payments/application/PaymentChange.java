package com.marketplace.payments.application;

import com.marketplace.payments.domain.PaymentStatus;
import java.util.UUID;

/**
 * What the owning module learns when its order's payment changes.
 *
 * @param disputeStatus where a chargeback of the payment stands ({@code needs_response}, {@code
 *     won}, {@code lost}, …), or null when there is none
 */
public record PaymentChange(
    UUID tenantId,
    String orderType,
    UUID orderId,
    UUID ticketId,
    PaymentStatus status,
    String statusLiteral,
    long refundedMinor,
    String disputeStatus) {}
