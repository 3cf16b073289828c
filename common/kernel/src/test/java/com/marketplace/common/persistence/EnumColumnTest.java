package com.marketplace.common.persistence;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.common.api.SpecEnum;
import org.junit.jupiter.api.Test;

class EnumColumnTest {

  enum Refund implements SpecEnum {
    NOT_REQUESTED("notRequested"),
    PROCESSED("processed");

    private final String value;

    Refund(String value) {
      this.value = value;
    }

    @Override
    public String value() {
      return value;
    }
  }

  @Test
  void anOptionIsStoredAsTheWordTheColumnAlreadyHoldsSoNoMigrationIsNeeded() {
    assertThat(EnumColumn.write(Refund.NOT_REQUESTED), is("notRequested"));
    assertThat(EnumColumn.read(Refund.class, "processed"), is(Refund.PROCESSED));
  }

  @Test
  void aNullColumnIsANullOptionBothWays() {
    assertThat(EnumColumn.write((Refund) null), is(nullValue()));
    assertThat(EnumColumn.read(Refund.class, null), is(nullValue()));
  }

  @Test
  void aWordNoOptionHasIsABugNotAGuess() {
    assertThrows(IllegalStateException.class, () -> EnumColumn.read(Refund.class, "NOT_REQUESTED"));
  }
}
