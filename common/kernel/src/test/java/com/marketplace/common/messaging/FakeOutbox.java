package com.marketplace.common.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An outbox in memory with the database's transaction semantics that matter to the relay: marks
 * take effect only on commit, and the relay lock may be held by "another node".
 */
class FakeOutbox implements OutboxRelay.Sessions {

  final TreeMap<Long, OutboxEvent> unsent = new TreeMap<>();
  boolean lockedElsewhere;
  boolean failCommit;
  int sessionsOpened;
  int openSessions;
  private long next = 1;

  OutboxEvent add(String type) {
    OutboxEvent event =
        new OutboxEvent(
            next++, UUID.randomUUID(), "bookingEvents", type, UUID.randomUUID(), "{}", null);
    unsent.put(event.position(), event);
    return event;
  }

  void addEvents(int count) {
    for (int i = 0; i < count; i++) {
      add("reservation.created");
    }
  }

  @Override
  public OutboxSession open() {
    sessionsOpened++;
    openSessions++;
    return new OutboxSession() {
      private final List<Long> marked = new ArrayList<>();

      @Override
      public boolean lockRelay() {
        return !lockedElsewhere;
      }

      @Override
      public List<OutboxEvent> unsent(int limit) {
        return unsent.values().stream().limit(limit).toList();
      }

      @Override
      public void markSent(List<Long> positions) {
        marked.addAll(positions);
      }

      @Override
      public void commit() throws java.sql.SQLException {
        if (failCommit) {
          throw new java.sql.SQLException("connection lost");
        }
        marked.forEach(unsent::remove);
        marked.clear();
      }

      @Override
      public void close() {
        marked.clear(); // rolled back
        openSessions--;
      }
    };
  }
}
