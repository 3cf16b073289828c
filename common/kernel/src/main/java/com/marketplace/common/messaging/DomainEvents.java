package com.marketplace.common.messaging;

import com.marketplace.common.api.RequestContext;
import com.marketplace.common.persistence.Datasources;
import com.marketplace.common.security.Caller;
import com.marketplace.common.tracing.Tracing;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Publishes business transitions through a transactional outbox: the event is written to the
 * module's outbox table in the caller's transaction, and relayed to the module's JMS topic once
 * that transaction has committed (see docs/messaging-outbox.md). So an event is published if and
 * only if its transition commits, at least once; subscribers deduplicate by {@code eventId}. The
 * request's transaction involves the database alone (no two-phase commit with the broker), and
 * events wait in the outbox while the broker is away.
 *
 * <p>Message: a {@code TextMessage} holding the {@link DomainEvent} as JSON, with the JMS
 * properties {@code eventType} and {@code tenantId} for selectors, the event id as JMS correlation
 * id, and, when tracing is on, {@code traceparent}: the trace of the work that made the transition,
 * which the event carries through the outbox.
 */
@ApplicationScoped
public class DomainEvents {

  private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  @Resource(lookup = Datasources.APPLICATION)
  DataSource dataSource;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  @Inject Outbox outbox;
  @Inject RequestContext request;

  /**
   * Publishes on {@code channel}'s topic once the caller's transaction commits, writing the outbox
   * row on the connection that transaction already holds.
   */
  public DomainEvent publish(
      EventChannel channel,
      TransactionConnection transaction,
      String type,
      UUID tenantId,
      String objectType,
      UUID objectId,
      Map<String, Object> before,
      Map<String, Object> after) {
    DomainEvent event = event(type, tenantId, objectType, objectId, before, after);
    if (transactions.getTransactionKey() == null) {
      write(channel, event); // no transaction, so no connection of its own
    } else {
      insert(transaction.current(), channel, event);
    }
    relayAfterCommit(channel);
    return event;
  }

  /**
   * Publishes on {@code channel}'s topic once the caller's transaction (if any) commits, writing
   * the outbox row on a connection from the datasource: for callers that hold no connection yet.
   */
  public DomainEvent publish(
      EventChannel channel,
      String type,
      UUID tenantId,
      String objectType,
      UUID objectId,
      Map<String, Object> before,
      Map<String, Object> after) {
    DomainEvent event = event(type, tenantId, objectType, objectId, before, after);
    write(channel, event);
    relayAfterCommit(channel);
    return event;
  }

  private DomainEvent event(
      String type,
      UUID tenantId,
      String objectType,
      UUID objectId,
      Map<String, Object> before,
      Map<String, Object> after) {
    return new DomainEvent(
        UUID.randomUUID(),
        type,
        tenantId,
        objectType,
        objectId,
        before,
        after,
        request.caller().map(Caller::userId).orElse(null),
        OffsetDateTime.now(ZoneOffset.UTC),
        Tracing.currentTraceparent());
  }

  /**
   * Within a JTA transaction the container hands over the transaction's connection (after checking
   * out a second one, see {@link TransactionConnection}), so the row commits or rolls back with the
   * business change.
   */
  private void write(EventChannel channel, DomainEvent event) {
    try (Connection connection = dataSource.getConnection()) {
      insert(connection, channel, event);
    } catch (SQLException e) {
      throw notWritten(event, e);
    }
  }

  private static void insert(Connection connection, EventChannel channel, DomainEvent event) {
    String sql =
        "insert into "
            + channel.table()
            + " (event_id, topic, event_type, tenant_id, body) values (?, ?, ?, ?, ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setObject(1, event.eventId());
      insert.setString(2, channel.topic());
      insert.setString(3, event.type());
      insert.setObject(4, event.tenantId());
      insert.setString(5, JSON.toJson(event));
      Tracing.statement(sql, insert::executeUpdate);
    } catch (SQLException e) {
      throw notWritten(event, e);
    }
  }

  private static IllegalStateException notWritten(DomainEvent event, SQLException e) {
    return new IllegalStateException("Event " + event.type() + " not written to the outbox", e);
  }

  /** One relay kick per transaction and channel, after it committed; none after a rollback. */
  private void relayAfterCommit(EventChannel channel) {
    if (transactions.getTransactionKey() == null) {
      outbox.kick(channel); // no transaction: the row is already committed
      return;
    }
    Object key = RelayAfterCommit.class.getName() + "/" + channel.table();
    if (transactions.getResource(key) != null) {
      return;
    }
    transactions.putResource(key, Boolean.TRUE);
    transactions.registerInterposedSynchronization(new RelayAfterCommit(channel));
  }

  private final class RelayAfterCommit implements Synchronization {

    private final EventChannel channel;

    RelayAfterCommit(EventChannel channel) {
      this.channel = channel;
    }

    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED) {
        outbox.kick(channel);
      }
    }
  }
}
