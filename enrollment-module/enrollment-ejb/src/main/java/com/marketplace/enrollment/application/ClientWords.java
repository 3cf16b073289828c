package com.marketplace.enrollment.application;

/**
 * The spec's words for the options of enrollment's enums, which only the API layer spells ({@code
 * enrollment.api.spelling.EnrollmentSpellings}). A use case reads a word a client sent in a body
 * through this at the point where it judges that field, so the order of its refusals (404, 403, 422
 * before a 400 for the word) is what it always was; and it compares a word a client may only repeat
 * with the server's option by the option's spelling.
 */
public interface ClientWords {

  /**
   * The option of {@code type} that {@code word} names (null for null), else a 400 naming {@code
   * field}.
   */
  <E extends Enum<E>> E read(Class<E> type, String field, String word);

  /** The spec's word for {@code option} (null for null). */
  <E extends Enum<E>> String word(E option);
}
