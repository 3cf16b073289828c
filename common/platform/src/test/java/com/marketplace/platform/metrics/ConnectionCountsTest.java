package com.marketplace.platform.metrics;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ConnectionCountsTest {

  @Test
  void eachRowOfTheQueryAddsItsConnectionsToItsState() {
    ConnectionCounts counts =
        ConnectionCounts.NONE.plus("active", 3).plus("idle", 5).plus("idle in transaction", 2);

    assertThat(counts, is(new ConnectionCounts(3, 5, 2)));
    assertThat(counts.in("active"), is(3));
    assertThat(counts.in("idle"), is(5));
    assertThat(counts.in("idle in transaction"), is(2));
  }

  @Test
  void anAbortedTransactionStillHoldsItsConnectionSoItCountsAsIdleInTransaction() {
    ConnectionCounts counts =
        ConnectionCounts.NONE
            .plus("idle in transaction", 1)
            .plus("idle in transaction (aborted)", 2);

    assertThat(counts.idleInTransaction(), is(3));
  }

  @Test
  void statesOutsideTheThreeAndHiddenStatesAreNotCounted() {
    ConnectionCounts counts =
        ConnectionCounts.NONE.plus("fastpath function call", 1).plus("disabled", 1).plus(null, 4);

    assertThat(counts, is(ConnectionCounts.NONE));
  }

  @Test
  void askingForAStateThatIsNotCountedIsAMistakeOfTheCaller() {
    assertThrows(IllegalArgumentException.class, () -> ConnectionCounts.NONE.in("disabled"));
  }
}
