package com.marketplace.common.messaging;

import com.marketplace.common.persistence.Datasources;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The relays of this node, one per {@link EventChannel}: started after each commit that wrote an
 * event ({@link DomainEvents}) and by each module's periodic sweep ({@link ModuleOutbox}), on the
 * container's managed scheduled executor, a few milliseconds after the kick.
 */
@ApplicationScoped
public class Outbox {

  @Resource(lookup = Datasources.APPLICATION)
  DataSource dataSource;

  @Resource(lookup = JmsConnections.FACTORY)
  ConnectionFactory connectionFactory;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService executor;

  @Inject
  @ConfigProperty(name = "OUTBOX_BATCH_SIZE", defaultValue = "100")
  int batchSize;

  /**
   * How long a relay run waits after the kick that started it: the commits of those milliseconds
   * share its transaction and its broker connection (one run per commit cost about as much as the
   * commit itself under load; docs/benchmark.md).
   */
  @Inject
  @ConfigProperty(name = "OUTBOX_RELAY_DELAY_MILLIS", defaultValue = "20")
  long relayDelayMillis;

  private final Map<EventChannel, RelayKicks> relays = new ConcurrentHashMap<>();

  @PostConstruct
  void checkSettings() {
    if (batchSize < 1) {
      throw new IllegalArgumentException("OUTBOX_BATCH_SIZE must be at least 1: " + batchSize);
    }
    if (relayDelayMillis < 0 || relayDelayMillis > 1_000) {
      throw new IllegalArgumentException(
          "OUTBOX_RELAY_DELAY_MILLIS must be 0 to 1000: " + relayDelayMillis);
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
    return new RelayKicks(
        channel.table(),
        relay::relay,
        run -> executor.schedule(run, relayDelayMillis, TimeUnit.MILLISECONDS));
  }
}
