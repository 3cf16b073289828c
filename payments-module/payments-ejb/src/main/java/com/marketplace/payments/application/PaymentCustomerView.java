package com.marketplace.payments.application;

import com.marketplace.payments.domain.PaymentCustomer;
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
    UUID _owner) {

  public static PaymentCustomerView of(PaymentCustomer customer) {
    return new PaymentCustomerView(
        customer.id(),
        customer.userId(),
        customer.customerId(),
        customer.platform(),
        customer.isActive(),
        customer.recordVersion(),
        customer.createdAt(),
        customer.updatedAt(),
        customer.ownerId());
  }
}
