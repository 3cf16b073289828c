package com.marketplace.booking.domain;

import static java.util.Map.entry;

import com.marketplace.common.persistence.StoredWords;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Where a reservation stands (the spec's bookingStatus). */
public enum BookingStatus {
  PENDING,
  CONFIRMED,
  COMPLETE,
  CANCELLED,
  DECLINED;

  /**
   * The moves of the state machine: pending to confirmed, cancelled or declined; confirmed to
   * complete or cancelled; nothing out of complete, cancelled or declined.
   */
  public boolean canBecome(BookingStatus next) {
    return switch (this) {
      case PENDING -> next == CONFIRMED || next == CANCELLED || next == DECLINED;
      case CONFIRMED -> next == COMPLETE || next == CANCELLED;
      case COMPLETE, CANCELLED, DECLINED -> false;
    };
  }

  /**
   * Its text column, which keeps the words the CHECK constraint lists (the database's vocabulary;
   * the spec's spelling is the API layer's). The journal, metric tags and messages name a
   * BookingStatus by the same word, {@link #word}.
   */
  @Converter
  public static class Column implements AttributeConverter<BookingStatus, String> {
    private static final StoredWords<BookingStatus> WORDS =
        StoredWords.of(
            BookingStatus.class,
            entry(PENDING, "pending"),
            entry(CONFIRMED, "confirmed"),
            entry(COMPLETE, "complete"),
            entry(CANCELLED, "cancelled"),
            entry(DECLINED, "declined"));

    /** The word kept for {@code option} (null for null). */
    public static String word(BookingStatus option) {
      return WORDS.word(option);
    }

    @Override
    public String convertToDatabaseColumn(BookingStatus option) {
      return WORDS.word(option);
    }

    @Override
    public BookingStatus convertToEntityAttribute(String column) {
      return WORDS.option(column);
    }
  }
}
