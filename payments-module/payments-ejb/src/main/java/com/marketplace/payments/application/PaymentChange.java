package com.marketplace.payments.application;

import com.marketplace.payments.domain.PaymentStatus;
import java.util.UUID;

/** What the owning module learns when its order's payment changes. */
public record PaymentChange(
    UUID tenantId,
    String orderType,
    UUID orderId,
    UUID ticketId,
    PaymentStatus status,
    String statusLiteral,
    long refundedMinor) {}
