package com.marketplace.enrollment.domain;

import static java.util.Map.entry;

import com.marketplace.common.persistence.StoredWords;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * An enrollment's life: pending (not paid), active (paid), completed (every lesson done), canceled.
 */
public enum EnrollmentStatus {
  PENDING,
  ACTIVE,
  COMPLETED,
  CANCELED;

  /**
   * Its text column, which keeps the words the CHECK constraint lists (the database's vocabulary;
   * the spec's spelling is the API layer's). The journal, metric tags and messages name a
   * EnrollmentStatus by the same word, {@link #word}.
   */
  @Converter
  public static class Column implements AttributeConverter<EnrollmentStatus, String> {
    private static final StoredWords<EnrollmentStatus> WORDS =
        StoredWords.of(
            EnrollmentStatus.class,
            entry(PENDING, "pending"),
            entry(ACTIVE, "active"),
            entry(COMPLETED, "completed"),
            entry(CANCELED, "canceled"));

    /** The word kept for {@code option} (null for null). */
    public static String word(EnrollmentStatus option) {
      return WORDS.word(option);
    }

    @Override
    public String convertToDatabaseColumn(EnrollmentStatus option) {
      return WORDS.word(option);
    }

    @Override
    public EnrollmentStatus convertToEntityAttribute(String column) {
      return WORDS.option(column);
    }
  }
}
