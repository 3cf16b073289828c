package com.marketplace.booking.domain;

import static java.util.Map.entry;

import com.marketplace.common.persistence.StoredWords;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Whether a listing's reservations need the host's approval before payment. */
public enum ApprovalType {
  INSTANT,
  MANUAL;

  /**
   * Its text column, which keeps the words the CHECK constraint lists (the database's vocabulary;
   * the spec's spelling is the API layer's). The journal, metric tags and messages name a
   * ApprovalType by the same word, {@link #word}.
   */
  @Converter
  public static class Column implements AttributeConverter<ApprovalType, String> {
    private static final StoredWords<ApprovalType> WORDS =
        StoredWords.of(ApprovalType.class, entry(INSTANT, "instant"), entry(MANUAL, "manual"));

    /** The word kept for {@code option} (null for null). */
    public static String word(ApprovalType option) {
      return WORDS.word(option);
    }

    @Override
    public String convertToDatabaseColumn(ApprovalType option) {
      return WORDS.word(option);
    }

    @Override
    public ApprovalType convertToEntityAttribute(String column) {
      return WORDS.option(column);
    }
  }
}
