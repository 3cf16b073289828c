package com.marketplace.common.messaging;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Sends an outbox's committed events to their topics, oldest first, and marks them sent.
 *
 * <p>Each batch is one local transaction that holds the outbox's relay lock while it sends, so that
 * two nodes never relay the same outbox at once (which keeps each object's events in the order they
 * were committed). Events are marked sent only after the broker took them: a crash or a failed
 * commit between the two sends them again on the next run. That is the "at least once" that
 * consumers answer by deduplicating on {@code eventId}.
 */
public class OutboxRelay {

  /** Opens a batch transaction on the outbox. */
  @FunctionalInterface
  public interface Sessions {
    OutboxSession open() throws SQLException;
  }

  private final Sessions sessions;
  private final Supplier<EventSender> senders;
  private final int batchSize;

  /**
   * @param senders opens a connection to the broker, only when there is something to send
   */
  public OutboxRelay(Sessions sessions, Supplier<EventSender> senders, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size " + batchSize);
    }
    this.sessions = sessions;
    this.senders = senders;
    this.batchSize = batchSize;
  }

  /**
   * Relays until the outbox is empty, another node is relaying it, or a send fails.
   *
   * @return the events sent and marked sent
   * @throws OutboxRelayException when a send failed: the events sent before it are marked sent,
   *     that one and the later ones stay for the next run
   * @throws SQLException when the outbox could not be read or updated: nothing of that batch is
   *     marked sent, and it is sent again on the next run
   */
  public int relay() throws SQLException {
    int sent = 0;
    EventSender sender = null;
    try {
      while (true) {
        try (OutboxSession session = sessions.open()) {
          if (!session.lockRelay()) {
            return sent;
          }
          List<OutboxEvent> batch = session.unsent(batchSize);
          if (batch.isEmpty()) {
            return sent;
          }
          if (sender == null) {
            sender = senders.get();
          }
          List<Long> done = new ArrayList<>(batch.size());
          RuntimeException failure = null;
          for (OutboxEvent event : batch) {
            try {
              sender.send(event);
            } catch (RuntimeException e) {
              failure = e;
              break;
            }
            done.add(event.position());
          }
          if (!done.isEmpty()) {
            session.markSent(done);
            session.commit();
            sent += done.size();
          }
          if (failure != null) {
            throw new OutboxRelayException(batch.get(done.size()), sent, failure);
          }
          if (batch.size() < batchSize) {
            return sent;
          }
        }
      }
    } finally {
      if (sender != null) {
        sender.close();
      }
    }
  }
}
