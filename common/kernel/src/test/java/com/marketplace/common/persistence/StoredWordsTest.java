package com.marketplace.common.persistence;

import static java.util.Map.entry;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StoredWordsTest {

  enum Refund {
    NOT_REQUESTED,
    PROCESSED
  }

  private static final StoredWords<Refund> WORDS =
      StoredWords.of(
          Refund.class,
          entry(Refund.NOT_REQUESTED, "notRequested"),
          entry(Refund.PROCESSED, "processed"));

  @Test
  void anOptionIsKeptAsItsWordAndReadBack() {
    assertThat(WORDS.word(Refund.NOT_REQUESTED), is("notRequested"));
    assertThat(WORDS.option("processed"), is(Refund.PROCESSED));
  }

  @Test
  void nullStaysNull() {
    assertThat(WORDS.word(null), nullValue());
    assertThat(WORDS.option(null), nullValue());
  }

  @Test
  void anUnknownStoredWordIsABugNotAGuess() {
    assertThrows(IllegalStateException.class, () -> WORDS.option("NOT_REQUESTED"));
  }

  @Test
  void everyOptionNeedsItsOwnWord() {
    assertThrows(
        IllegalArgumentException.class,
        () -> StoredWords.of(Refund.class, entry(Refund.PROCESSED, "processed")));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            StoredWords.of(
                Refund.class,
                entry(Refund.PROCESSED, "same"),
                entry(Refund.NOT_REQUESTED, "same")));
  }
}
