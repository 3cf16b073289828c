package com.marketplace.enrollment.domain;

import static java.util.Map.entry;

import com.marketplace.common.persistence.StoredWords;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Where the enrollment's refund stands. */
public enum RefundStatus {
  NOT_REQUESTED,
  ELIGIBLE,
  PROCESSED,
  INELIGIBLE;

  /**
   * Its text column, which keeps the words the CHECK constraint lists (the database's vocabulary;
   * the spec's spelling is the API layer's). The journal, metric tags and messages name a
   * RefundStatus by the same word, {@link #word}.
   */
  @Converter
  public static class Column implements AttributeConverter<RefundStatus, String> {
    private static final StoredWords<RefundStatus> WORDS =
        StoredWords.of(
            RefundStatus.class,
            entry(NOT_REQUESTED, "notRequested"),
            entry(ELIGIBLE, "eligible"),
            entry(PROCESSED, "processed"),
            entry(INELIGIBLE, "ineligible"));

    /** The word kept for {@code option} (null for null). */
    public static String word(RefundStatus option) {
      return WORDS.word(option);
    }

    @Override
    public String convertToDatabaseColumn(RefundStatus option) {
      return WORDS.word(option);
    }

    @Override
    public RefundStatus convertToEntityAttribute(String column) {
      return WORDS.option(column);
    }
  }
}
