package com.marketplace.booking.domain;

import static java.util.Map.entry;

import com.marketplace.common.persistence.StoredWords;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** The reservation's reading of its payment (the spec's _paymentConfirmation). */
public enum PaymentConfirmation {
  PENDING,
  PROCESSING,
  PAID,
  CANCELED;

  /**
   * Its text column, which keeps the words the CHECK constraint lists (the database's vocabulary;
   * the spec's spelling is the API layer's). The journal, metric tags and messages name a
   * PaymentConfirmation by the same word, {@link #word}.
   */
  @Converter
  public static class Column implements AttributeConverter<PaymentConfirmation, String> {
    private static final StoredWords<PaymentConfirmation> WORDS =
        StoredWords.of(
            PaymentConfirmation.class,
            entry(PENDING, "pending"),
            entry(PROCESSING, "processing"),
            entry(PAID, "paid"),
            entry(CANCELED, "canceled"));

    /** The word kept for {@code option} (null for null). */
    public static String word(PaymentConfirmation option) {
      return WORDS.word(option);
    }

    @Override
    public String convertToDatabaseColumn(PaymentConfirmation option) {
      return WORDS.word(option);
    }

    @Override
    public PaymentConfirmation convertToEntityAttribute(String column) {
      return WORDS.option(column);
    }
  }
}
