package com.marketplace.enrollment.domain;

import static java.util.Map.entry;

import com.marketplace.common.persistence.StoredWords;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** The enrollment's payment as the spec names it; payments' ticket holds Stripe's detail. */
public enum PaymentStatus {
  PENDING,
  PAID,
  REFUNDED;

  /**
   * Its text column, which keeps the words the CHECK constraint lists (the database's vocabulary;
   * the spec's spelling is the API layer's). The journal, metric tags and messages name a
   * PaymentStatus by the same word, {@link #word}.
   */
  @Converter
  public static class Column implements AttributeConverter<PaymentStatus, String> {
    private static final StoredWords<PaymentStatus> WORDS =
        StoredWords.of(
            PaymentStatus.class,
            entry(PENDING, "pending"),
            entry(PAID, "paid"),
            entry(REFUNDED, "refunded"));

    /** The word kept for {@code option} (null for null). */
    public static String word(PaymentStatus option) {
      return WORDS.word(option);
    }

    @Override
    public String convertToDatabaseColumn(PaymentStatus option) {
      return WORDS.word(option);
    }

    @Override
    public PaymentStatus convertToEntityAttribute(String column) {
      return WORDS.option(column);
    }
  }
}
