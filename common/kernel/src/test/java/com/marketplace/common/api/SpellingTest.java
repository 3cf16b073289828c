package com.marketplace.common.api;

import static java.util.Map.entry;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.common.error.ApiException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpellingTest {

  /** Declared in another order than the spec's, which must not matter. */
  enum Refund {
    PROCESSED,
    NOT_REQUESTED
  }

  private static final Spelling<Refund> SPELLING =
      Spelling.of(
          Refund.class,
          entry(Refund.NOT_REQUESTED, "notRequested"),
          entry(Refund.PROCESSED, "processed"));

  @Test
  void anOptionIsShownAsItsLiteralAndItsPlaceInTheSpecsList() {
    assertThat(SPELLING.literal(Refund.NOT_REQUESTED), is("notRequested"));
    assertThat(SPELLING.idx(Refund.NOT_REQUESTED), is(0));
    assertThat(SPELLING.idx(Refund.PROCESSED), is(1));
    assertThat(SPELLING.literal(null), nullValue());
    assertThat(SPELLING.idx(null), nullValue());
  }

  @Test
  void aWordIsFoundOnlyWhenItIsALiteral() {
    assertThat(SPELLING.find("notRequested"), equalTo(Optional.of(Refund.NOT_REQUESTED)));
    assertThat(SPELLING.find("NOT_REQUESTED"), equalTo(Optional.empty()));
    assertThat(SPELLING.find(null), equalTo(Optional.empty()));
  }

  @Test
  void aModulesSpellingsAreFoundByTheEnumAndRefuseOneTheyDoNotSpell() {
    Spellings spellings = Spellings.of("test", SPELLING);

    assertThat(spellings.spelling(Refund.class), is(SPELLING));
    assertThat(spellings.literal(Refund.PROCESSED), is("processed"));
    assertThat(spellings.idx(Refund.PROCESSED), is(1));
    assertThat(spellings.literal(null), nullValue());
    assertThrows(IllegalArgumentException.class, () -> spellings.literal(Thread.State.NEW));
  }

  @Test
  void aClientsLiteralIsParsedExactly() {
    assertThat(SPELLING.parse("refundStatus", "processed"), is(Refund.PROCESSED));
    assertThat(SPELLING.parse("refundStatus", null), nullValue());
  }

  @Test
  void anUnknownLiteralIsA400NamingTheFieldAndTheOptionsInTheSpecsOrder() {
    ApiException e =
        assertThrows(ApiException.class, () -> SPELLING.parse("refundStatus", "PROCESSED"));
    assertThat(e.status(), is(400));
    assertThat(e.messageKey(), equalTo("errMsg_refundStatusIsNotValid"));
    assertThat(e.detail(), equalTo("refundStatus must be one of notRequested, processed"));
  }

  @Test
  void aSpellingMustSpellEveryOptionOnceWithDistinctLiterals() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Spelling.of(Refund.class, entry(Refund.PROCESSED, "processed")));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Spelling.of(
                Refund.class,
                entry(Refund.PROCESSED, "same"),
                entry(Refund.NOT_REQUESTED, "same")));
  }
}
