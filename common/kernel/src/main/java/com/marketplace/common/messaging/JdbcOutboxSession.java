package com.marketplace.common.messaging;

import com.marketplace.common.tracing.Tracing;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A relay batch on {@code <schema>.outbox_event} through plain JDBC, outside any JTA transaction:
 * the relay's transaction is the database's alone, and its JMS sends are not part of it.
 *
 * <p>Its statements get database spans only when a span is current ({@link Tracing#statement}):
 * today none is, as a batch serves the events of many traces.
 *
 * <p>The relay lock is a PostgreSQL advisory lock held until the transaction ends. A node that dies
 * mid-run drops its connection, and with it the lock: the next run on any node takes over.
 */
class JdbcOutboxSession implements OutboxSession {

  private final Connection connection;
  private final EventChannel channel;

  JdbcOutboxSession(DataSource dataSource, EventChannel channel) throws SQLException {
    this.connection = dataSource.getConnection();
    this.channel = channel;
    try {
      connection.setAutoCommit(false);
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
  }

  @Override
  public boolean lockRelay() throws SQLException {
    String sql = "select pg_try_advisory_xact_lock(hashtext('marketplace.outbox'), hashtext(?))";
    try (PreparedStatement lock = connection.prepareStatement(sql)) {
      lock.setString(1, channel.table());
      try (ResultSet row = Tracing.statement(sql, lock::executeQuery)) {
        return row.next() && row.getBoolean(1);
      }
    }
  }

  @Override
  public List<OutboxEvent> unsent(int limit) throws SQLException {
    String sql =
        "select id, event_id, topic, event_type, tenant_id, body, body::jsonb ->> 'traceparent'"
            + " from "
            + channel.table()
            + " where sent_at is null order by id limit ?";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setInt(1, limit);
      List<OutboxEvent> events = new ArrayList<>();
      try (ResultSet rows = Tracing.statement(sql, select::executeQuery)) {
        while (rows.next()) {
          events.add(
              new OutboxEvent(
                  rows.getLong(1),
                  rows.getObject(2, UUID.class),
                  rows.getString(3),
                  rows.getString(4),
                  rows.getObject(5, UUID.class),
                  rows.getString(6),
                  rows.getString(7)));
        }
      }
      return events;
    }
  }

  @Override
  public void markSent(List<Long> positions) throws SQLException {
    String sql = "update " + channel.table() + " set sent_at = now() where id = any(?)";
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      update.setArray(1, connection.createArrayOf("bigint", positions.toArray()));
      Tracing.statement(sql, update::executeUpdate);
    }
  }

  @Override
  public void commit() throws SQLException {
    connection.commit();
  }

  @Override
  public void close() throws SQLException {
    try {
      connection.rollback(); // after a commit: nothing left to roll back
      connection.setAutoCommit(true);
    } finally {
      connection.close();
    }
  }
}
