package com.marketplace.enrollment.domain;

import static java.util.Map.entry;

import com.marketplace.common.persistence.StoredWords;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A refund request's outcome. */
public enum RefundRequestStatus {
  PENDING,
  APPROVED,
  REJECTED,
  AUTO_APPROVED;

  /**
   * Its text column, which keeps the words the CHECK constraint lists (the database's vocabulary;
   * the spec's spelling is the API layer's). The journal, metric tags and messages name a
   * RefundRequestStatus by the same word, {@link #word}.
   */
  @Converter
  public static class Column implements AttributeConverter<RefundRequestStatus, String> {
    private static final StoredWords<RefundRequestStatus> WORDS =
        StoredWords.of(
            RefundRequestStatus.class,
            entry(PENDING, "pending"),
            entry(APPROVED, "approved"),
            entry(REJECTED, "rejected"),
            entry(AUTO_APPROVED, "autoApproved"));

    /** The word kept for {@code option} (null for null). */
    public static String word(RefundRequestStatus option) {
      return WORDS.word(option);
    }

    @Override
    public String convertToDatabaseColumn(RefundRequestStatus option) {
      return WORDS.word(option);
    }

    @Override
    public RefundRequestStatus convertToEntityAttribute(String column) {
      return WORDS.option(column);
    }
  }
}
