package com.marketplace.common.messaging;

import com.marketplace.common.persistence.Datasources;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The relays of this node, one per {@link EventChannel}: started after each commit that wrote an
 * event ({@link DomainEvents}) and by each module's periodic sweep ({@link ModuleOutbox}), on the
 * container's managed executor.
 */
@ApplicationScoped
public class Outbox {

  @Resource(lookup = Datasources.APPLICATION)
  DataSource dataSource;

  @Resource(lookup = JmsConnections.FACTORY)
  ConnectionFactory connectionFactory;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "OUTBOX_BATCH_SIZE", defaultValue = "100")
  int batchSize;

  private final Map<EventChannel, RelayKicks> relays = new ConcurrentHashMap<>();

  @PostConstruct
  void checkSettings() {
    if (batchSize < 1) {
      throw new IllegalArgumentException("OUTBOX_BATCH_SIZE must be at least 1: " + batchSize);
    }
  }

  /** Relays {@code channel}'s committed events soon, on another thread; returns at once. */
  public void kick(EventChannel channel) {
    relays.computeIfAbsent(channel, this::relayOf).kick();
  }

  private RelayKicks relayOf(EventChannel channel) {
    OutboxRelay relay =
        new OutboxRelay(
            () -> new JdbcOutboxSession(dataSource, channel),
            () -> new JmsEventSender(connectionFactory),
            batchSize);
    return new RelayKicks(channel.table(), relay::relay, executor);
  }
}
