package com.marketplace.payments.application;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A payment customer as the spec's {@code sys_paymentCustomer}. */
public record PaymentCustomerView(
    UUID id,
    UUID userId,
    String customerId,
    String platform,
    boolean isActive,
    int recordVersion,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    UUID _owner) {}
