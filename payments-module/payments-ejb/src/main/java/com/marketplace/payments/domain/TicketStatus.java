package com.marketplace.payments.domain;

import static java.util.Map.entry;

import com.marketplace.common.persistence.StoredWords;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * The application's own reading of a payment (the spec's {@code statusLiteral}): Stripe's status of
 * the PaymentIntent, with the refunds made since. A ticket stores it so lists can filter on it.
 */
public enum TicketStatus {
  /** No payment yet, or one that needs a new payment method. */
  PENDING,
  /** The payer must act (3-D Secure). */
  REQUIRES_ACTION,
  /** Under way: it may still succeed. */
  PROCESSING,
  PAID,
  /** Paid, and part of it refunded. */
  PARTIALLY_REFUNDED,
  /** Paid, and all of it refunded. */
  REFUNDED,
  CANCELED;

  /**
   * Its text column, {@code status_literal}, which keeps the words the CHECK constraint lists (the
   * database's vocabulary; the spec's spelling is the API layer's). The audit trail names a status
   * by the same word, {@link #word}.
   */
  @Converter
  public static class Column implements AttributeConverter<TicketStatus, String> {
    private static final StoredWords<TicketStatus> WORDS =
        StoredWords.of(
            TicketStatus.class,
            entry(PENDING, "pending"),
            entry(REQUIRES_ACTION, "requiresAction"),
            entry(PROCESSING, "processing"),
            entry(PAID, "paid"),
            entry(PARTIALLY_REFUNDED, "partiallyRefunded"),
            entry(REFUNDED, "refunded"),
            entry(CANCELED, "canceled"));

    /** The word kept for {@code option} (null for null). */
    public static String word(TicketStatus option) {
      return WORDS.word(option);
    }

    @Override
    public String convertToDatabaseColumn(TicketStatus option) {
      return WORDS.word(option);
    }

    @Override
    public TicketStatus convertToEntityAttribute(String column) {
      return WORDS.option(column);
    }
  }
}
