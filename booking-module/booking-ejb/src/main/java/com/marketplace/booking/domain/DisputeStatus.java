package com.marketplace.booking.domain;

import static java.util.Map.entry;

import com.marketplace.common.persistence.StoredWords;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** The reservation's view of its disputes (the spec's disputeStatus). */
public enum DisputeStatus {
  NONE,
  REQUESTED,
  ACTIVE,
  RESOLVED;

  /**
   * Its text column, which keeps the words the CHECK constraint lists (the database's vocabulary;
   * the spec's spelling is the API layer's). The journal, metric tags and messages name a
   * DisputeStatus by the same word, {@link #word}.
   */
  @Converter
  public static class Column implements AttributeConverter<DisputeStatus, String> {
    private static final StoredWords<DisputeStatus> WORDS =
        StoredWords.of(
            DisputeStatus.class,
            entry(NONE, "none"),
            entry(REQUESTED, "requested"),
            entry(ACTIVE, "active"),
            entry(RESOLVED, "resolved"));

    /** The word kept for {@code option} (null for null). */
    public static String word(DisputeStatus option) {
      return WORDS.word(option);
    }

    @Override
    public String convertToDatabaseColumn(DisputeStatus option) {
      return WORDS.word(option);
    }

    @Override
    public DisputeStatus convertToEntityAttribute(String column) {
      return WORDS.option(column);
    }
  }
}
