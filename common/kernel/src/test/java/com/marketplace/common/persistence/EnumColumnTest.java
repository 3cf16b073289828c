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

  static class RefundColumn extends EnumColumn<Refund> {
    RefundColumn() {
      super(Refund.class);
    }
  }

  private final RefundColumn column = new RefundColumn();

  @Test
  void anOptionIsStoredAsTheWordTheColumnAlreadyHoldsSoNoMigrationIsNeeded() {
    assertThat(column.convertToDatabaseColumn(Refund.NOT_REQUESTED), is("notRequested"));
    assertThat(column.convertToEntityAttribute("processed"), is(Refund.PROCESSED));
  }

  @Test
  void aNullColumnIsANullOptionBothWays() {
    assertThat(column.convertToDatabaseColumn(null), is(nullValue()));
    assertThat(column.convertToEntityAttribute(null), is(nullValue()));
  }

  @Test
  void aWordNoOptionHasIsABugNotAGuess() {
    assertThrows(
        IllegalStateException.class, () -> column.convertToEntityAttribute("NOT_REQUESTED"));
  }
}
