package com.marketplace.common.persistence;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The words a text column keeps for the options of one enum: the database's vocabulary (the words
 * the migrations' CHECK constraints list), owned by the enum's converter. The journal, metric tags
 * and messages that name a state take the same word from there, so one table says how a state is
 * written down outside the API. The spec's spelling (literal and {@code _idx}) is the API layer's,
 * in {@code common.api.Spelling}.
 *
 * <p>A converter holds one as a field and implements {@code AttributeConverter<ItsEnum, String>}
 * itself: inheriting the interface from a generic base class makes EclipseLink take the enum for
 * the column's type and refuse to write the word (eclipse-ee4j/eclipselink#2060).
 *
 * @param <E> the enum stored
 */
public final class StoredWords<E extends Enum<E>> {

  private final Class<E> type;
  private final Map<E, String> words;

  private StoredWords(Class<E> type, Map<E, String> words) {
    this.type = type;
    this.words = words;
  }

  /** The words of {@code type}: every option once, two options never sharing a word. */
  @SafeVarargs
  public static <E extends Enum<E>> StoredWords<E> of(
      Class<E> type, Map.Entry<E, String>... words) {
    Map<E, String> table = new EnumMap<>(type);
    for (Map.Entry<E, String> word : words) {
      if (table.put(word.getKey(), word.getValue()) != null
          || table.values().stream().filter(word.getValue()::equals).count() > 1) {
        throw new IllegalArgumentException(type.getSimpleName() + ": twice " + word);
      }
    }
    if (table.size() != type.getEnumConstants().length) {
      throw new IllegalArgumentException(type.getSimpleName() + ": not every option has a word");
    }
    return new StoredWords<>(type, Collections.unmodifiableMap(table));
  }

  /** The word kept for {@code option} (null for null). */
  public String word(E option) {
    return option == null ? null : words.get(option);
  }

  /** The option a stored word names (null for null); an unknown word is a bug. */
  public E option(String word) {
    if (word == null) {
      return null;
    }
    for (Map.Entry<E, String> entry : words.entrySet()) {
      if (entry.getValue().equals(word)) {
        return entry.getKey();
      }
    }
    throw new IllegalStateException("Stored " + type.getSimpleName() + " is unknown: " + word);
  }
}
