package com.marketplace.common.messaging;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.jms.JMSRuntimeException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxRelayTest {

  private final FakeOutbox outbox = new FakeOutbox();
  private final RecordingSender broker = new RecordingSender();
  private final OutboxRelay relay = new OutboxRelay(outbox, broker::open, 3);

  @Test
  void sendsCommittedEventsInOutboxOrderAndMarksThemSent() throws Exception {
    OutboxEvent created = outbox.add("reservation.created");
    OutboxEvent paid = outbox.add("reservation.paymentChanged");

    assertThat(relay.relay(), is(2));

    assertThat(broker.sent, contains(created, paid));
    assertThat(outbox.unsent.values(), empty());
  }

  @Test
  void worksThroughABacklogLargerThanABatchOneTransactionPerBatch() throws Exception {
    outbox.addEvents(7);

    assertThat(relay.relay(), is(7));

    assertThat(
        broker.sent.stream().map(OutboxEvent::position).toList(),
        is(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L)));
    assertThat(outbox.sessionsOpened, is(3)); // 3 + 3 + 1
    assertThat(outbox.openSessions, is(0));
  }

  @Test
  void anEmptyOutboxOpensNoBrokerConnection() throws Exception {
    assertThat(relay.relay(), is(0));
    assertThat(broker.opened, is(0));
  }

  @Test
  void aFullLastBatchIsFollowedByALookForMore() throws Exception {
    outbox.addEvents(3);

    assertThat(relay.relay(), is(3));

    assertThat(outbox.sessionsOpened, is(2));
    assertThat(broker.opened, is(1));
    assertThat(broker.closed, is(1));
  }

  @Test
  void sendsNothingWhileAnotherNodeHoldsTheRelayLock() throws Exception {
    outbox.addEvents(2);
    outbox.lockedElsewhere = true;

    assertThat(relay.relay(), is(0));

    assertThat(broker.sent, empty());
    assertThat(outbox.unsent.size(), is(2));
  }

  @Test
  void aFailedSendKeepsThatEventAndTheLaterOnesForTheNextRun() throws Exception {
    outbox.addEvents(5);
    broker.failAfter = 2;

    OutboxRelayException failure = assertThrows(OutboxRelayException.class, relay::relay);

    assertThat(failure.sentBefore(), is(2));
    assertThat(failure.unsent().position(), is(3L));
    assertThat(outbox.unsent.keySet(), contains(3L, 4L, 5L));
    assertThat(broker.closed, is(1));

    broker.failAfter = Integer.MAX_VALUE;
    assertThat(relay.relay(), is(3));
    assertThat(
        broker.sent.stream().map(OutboxEvent::position).toList(), is(List.of(1L, 2L, 3L, 4L, 5L)));
    assertThat(outbox.unsent.values(), empty());
  }

  @Test
  void aBrokerDownFromTheStartMarksNothing() {
    outbox.addEvents(2);
    broker.failAfter = 0;

    assertThrows(OutboxRelayException.class, relay::relay);

    assertThat(outbox.unsent.size(), is(2));
  }

  @Test
  void aBrokerThatCannotBeReachedLeavesEveryEventUnsent() {
    outbox.addEvents(2);
    OutboxRelay unreachable =
        new OutboxRelay(
            outbox,
            () -> {
              throw new JMSRuntimeException("connection refused");
            },
            3);

    assertThrows(JMSRuntimeException.class, unreachable::relay);

    assertThat(outbox.unsent.size(), is(2));
    assertThat(outbox.openSessions, is(0)); // rolled back: the relay lock is released
  }

  @Test
  void eventsSentButNotMarkedAreSentAgainAtLeastOnce() throws Exception {
    OutboxEvent event = outbox.add("reservation.created");
    outbox.failCommit = true;

    assertThrows(SQLException.class, relay::relay);
    assertThat(outbox.unsent.values(), contains(event));

    outbox.failCommit = false;
    assertThat(relay.relay(), is(1));
    assertThat(broker.sent, contains(event, event)); // the consumer's dedupe by eventId answers
    assertThat(outbox.unsent.values(), empty());
  }

  @Test
  void refusesABatchSizeBelowOne() {
    assertThrows(IllegalArgumentException.class, () -> new OutboxRelay(outbox, broker::open, 0));
  }
}
