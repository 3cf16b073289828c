package com.marketplace.booking.domain;

import static java.util.Map.entry;

import com.marketplace.common.persistence.StoredWords;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Where a dispute stands (the spec's resolutionStatus). */
public enum ResolutionStatus {
  PENDING,
  REVIEWING,
  RESOLVED,
  REJECTED;

  /**
   * Its text column, which keeps the words the CHECK constraint lists (the database's vocabulary;
   * the spec's spelling is the API layer's). The journal, metric tags and messages name a
   * ResolutionStatus by the same word, {@link #word}.
   */
  @Converter
  public static class Column implements AttributeConverter<ResolutionStatus, String> {
    private static final StoredWords<ResolutionStatus> WORDS =
        StoredWords.of(
            ResolutionStatus.class,
            entry(PENDING, "pending"),
            entry(REVIEWING, "reviewing"),
            entry(RESOLVED, "resolved"),
            entry(REJECTED, "rejected"));

    /** The word kept for {@code option} (null for null). */
    public static String word(ResolutionStatus option) {
      return WORDS.word(option);
    }

    @Override
    public String convertToDatabaseColumn(ResolutionStatus option) {
      return WORDS.word(option);
    }

    @Override
    public ResolutionStatus convertToEntityAttribute(String column) {
      return WORDS.option(column);
    }
  }
}
