package com.marketplace.payments.application;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A saved card as the spec's {@code sys_paymentMethod}: what may be shown, never its number. */
public record PaymentMethodView(
    UUID id,
    String paymentMethodId,
    UUID userId,
    String customerId,
    String cardHolderName,
    String cardHolderZip,
    String platform,
    CardInfo cardInfo,
    boolean isActive,
    int recordVersion,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    UUID _owner) {

  /** The spec's {@code cardInfo} object. */
  public record CardInfo(String brand, String last4, Short expMonth, Short expYear) {}
}
