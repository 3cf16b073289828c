package com.marketplace.enrollment.domain;

import static java.util.Map.entry;

import com.marketplace.common.persistence.StoredWords;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** How a course pack's lessons are scheduled (not enumerated by the spec: our options). */
public enum SchedulingType {
  FIXED,
  FLEXIBLE;

  /**
   * Its text column, which keeps the words the CHECK constraint lists (the database's vocabulary;
   * the spec's spelling is the API layer's). The journal, metric tags and messages name a
   * SchedulingType by the same word, {@link #word}.
   */
  @Converter
  public static class Column implements AttributeConverter<SchedulingType, String> {
    private static final StoredWords<SchedulingType> WORDS =
        StoredWords.of(SchedulingType.class, entry(FIXED, "fixed"), entry(FLEXIBLE, "flexible"));

    /** The word kept for {@code option} (null for null). */
    public static String word(SchedulingType option) {
      return WORDS.word(option);
    }

    @Override
    public String convertToDatabaseColumn(SchedulingType option) {
      return WORDS.word(option);
    }

    @Override
    public SchedulingType convertToEntityAttribute(String column) {
      return WORDS.option(column);
    }
  }
}
