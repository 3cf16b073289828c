package com.marketplace.enrollment.domain;

import static java.util.Map.entry;

import com.marketplace.common.persistence.StoredWords;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A tutor's standing; a banned or suspended tutor's enrollments are canceled by the cascade. */
public enum TutorStatus {
  ACTIVE,
  SUSPENDED,
  BANNED;

  /**
   * Its text column, which keeps the words the CHECK constraint lists (the database's vocabulary;
   * the spec's spelling is the API layer's). The journal, metric tags and messages name a
   * TutorStatus by the same word, {@link #word}.
   */
  @Converter
  public static class Column implements AttributeConverter<TutorStatus, String> {
    private static final StoredWords<TutorStatus> WORDS =
        StoredWords.of(
            TutorStatus.class,
            entry(ACTIVE, "active"),
            entry(SUSPENDED, "suspended"),
            entry(BANNED, "banned"));

    /** The word kept for {@code option} (null for null). */
    public static String word(TutorStatus option) {
      return WORDS.word(option);
    }

    @Override
    public String convertToDatabaseColumn(TutorStatus option) {
      return WORDS.word(option);
    }

    @Override
    public TutorStatus convertToEntityAttribute(String column) {
      return WORDS.option(column);
    }
  }
}
