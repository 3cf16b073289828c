package com.marketplace.booking.domain;

import static java.util.Map.entry;

import com.marketplace.common.persistence.StoredWords;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Status of a payment record (the spec's paymentStatus). */
public enum PaymentRecordStatus {
  PENDING,
  PAID,
  REFUNDED,
  FAILED;

  /**
   * Its text column, which keeps the words the CHECK constraint lists (the database's vocabulary;
   * the spec's spelling is the API layer's). The journal, metric tags and messages name a
   * PaymentRecordStatus by the same word, {@link #word}.
   */
  @Converter
  public static class Column implements AttributeConverter<PaymentRecordStatus, String> {
    private static final StoredWords<PaymentRecordStatus> WORDS =
        StoredWords.of(
            PaymentRecordStatus.class,
            entry(PENDING, "pending"),
            entry(PAID, "paid"),
            entry(REFUNDED, "refunded"),
            entry(FAILED, "failed"));

    /** The word kept for {@code option} (null for null). */
    public static String word(PaymentRecordStatus option) {
      return WORDS.word(option);
    }

    @Override
    public String convertToDatabaseColumn(PaymentRecordStatus option) {
      return WORDS.word(option);
    }

    @Override
    public PaymentRecordStatus convertToEntityAttribute(String column) {
      return WORDS.option(column);
    }
  }
}
