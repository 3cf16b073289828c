package com.marketplace.payments.domain;

import com.marketplace.common.api.SpecEnum;
import com.marketplace.common.persistence.EnumColumn;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * The application's own reading of a payment (the spec's {@code statusLiteral}): Stripe's status of
 * the PaymentIntent, with the refunds made since. A ticket stores it so lists can filter on it.
 */
public enum TicketStatus implements SpecEnum {
  /** No payment yet, or one that needs a new payment method. */
  PENDING("pending"),
  /** The payer must act (3-D Secure). */
  REQUIRES_ACTION("requiresAction"),
  /** Under way: it may still succeed. */
  PROCESSING("processing"),
  PAID("paid"),
  /** Paid, and part of it refunded. */
  PARTIALLY_REFUNDED("partiallyRefunded"),
  /** Paid, and all of it refunded. */
  REFUNDED("refunded"),
  CANCELED("canceled");

  private final String literal;

  TicketStatus(String literal) {
    this.literal = literal;
  }

  @Override
  public String value() {
    return literal;
  }

  /** Its text column, {@code status_literal}. */
  @Converter
  public static class Column implements AttributeConverter<TicketStatus, String> {
    @Override
    public String convertToDatabaseColumn(TicketStatus option) {
      return EnumColumn.write(option);
    }

    @Override
    public TicketStatus convertToEntityAttribute(String column) {
      return EnumColumn.read(TicketStatus.class, column);
    }
  }
}
