package com.marketplace.common.messaging;

import java.sql.SQLException;
import java.util.List;

/**
 * One batch of a relay run: a local database transaction on an outbox. Closing it rolls back what
 * was not committed, which releases the relay lock.
 */
public interface OutboxSession extends AutoCloseable {

  /**
   * Takes the outbox's relay lock for the length of this transaction, unless another node holds it:
   * one relay at a time per outbox in the whole cluster.
   */
  boolean lockRelay() throws SQLException;

  /** The oldest unsent events, in outbox order. */
  List<OutboxEvent> unsent(int limit) throws SQLException;

  void markSent(List<Long> positions) throws SQLException;

  void commit() throws SQLException;

  @Override
  void close() throws SQLException;
}
