package com.marketplace.enrollment.domain;

import static java.util.Map.entry;

import com.marketplace.common.persistence.StoredWords;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A lesson slot's state, as the scheduling service reports it. */
public enum SlotStatus {
  AVAILABLE,
  BOOKED,
  COMPLETED,
  CANCELED;

  /**
   * Its text column, which keeps the words the CHECK constraint lists (the database's vocabulary;
   * the spec's spelling is the API layer's). The journal, metric tags and messages name a
   * SlotStatus by the same word, {@link #word}.
   */
  @Converter
  public static class Column implements AttributeConverter<SlotStatus, String> {
    private static final StoredWords<SlotStatus> WORDS =
        StoredWords.of(
            SlotStatus.class,
            entry(AVAILABLE, "available"),
            entry(BOOKED, "booked"),
            entry(COMPLETED, "completed"),
            entry(CANCELED, "canceled"));

    /** The word kept for {@code option} (null for null). */
    public static String word(SlotStatus option) {
      return WORDS.word(option);
    }

    @Override
    public String convertToDatabaseColumn(SlotStatus option) {
      return WORDS.word(option);
    }

    @Override
    public SlotStatus convertToEntityAttribute(String column) {
      return WORDS.option(column);
    }
  }
}
