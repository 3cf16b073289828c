package com.marketplace.enrollment.domain;

import static java.util.Map.entry;

import com.marketplace.common.persistence.StoredWords;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Where a lesson takes place (not enumerated by the spec: our options). */
public enum LocationType {
  ONLINE,
  IN_PERSON;

  /**
   * Its text column, which keeps the words the CHECK constraint lists (the database's vocabulary;
   * the spec's spelling is the API layer's). The journal, metric tags and messages name a
   * LocationType by the same word, {@link #word}.
   */
  @Converter
  public static class Column implements AttributeConverter<LocationType, String> {
    private static final StoredWords<LocationType> WORDS =
        StoredWords.of(LocationType.class, entry(ONLINE, "online"), entry(IN_PERSON, "inPerson"));

    /** The word kept for {@code option} (null for null). */
    public static String word(LocationType option) {
      return WORDS.word(option);
    }

    @Override
    public String convertToDatabaseColumn(LocationType option) {
      return WORDS.word(option);
    }

    @Override
    public LocationType convertToEntityAttribute(String column) {
      return WORDS.option(column);
    }
  }
}
