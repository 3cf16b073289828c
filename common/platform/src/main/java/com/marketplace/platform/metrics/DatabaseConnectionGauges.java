package com.marketplace.platform.metrics;

import com.marketplace.common.persistence.Datasources;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Registers the gauges of this node's database connections at deployment (docs/observability.md):
 * {@code marketplace.db.connections} by {@code state}, {@code marketplace.db.connections.max} (the
 * pool's configured maximum, for comparison) and {@code marketplace.db.connections.age} (how old
 * the counts are). The counts are read at most once per {@link #PERIOD}; while the database is away
 * the gauges keep the last counts read and the age grows, and {@code /metrics} answers as always.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseConnectionGauges {

  static final String CONNECTIONS = "marketplace.db.connections";
  static final String MAX = "marketplace.db.connections.max";
  static final String AGE = "marketplace.db.connections.age";
  static final Duration PERIOD = Duration.ofSeconds(5);

  @Inject MetricRegistry registry;

  @Resource(lookup = Datasources.APPLICATION)
  DataSource dataSource;

  @PostConstruct
  void register() {
    PeriodicReading<ConnectionCounts> counts =
        new PeriodicReading<>(new NodeConnections(dataSource), PERIOD, System::nanoTime);
    for (String state : ConnectionCounts.STATES) {
      registry.gauge(
          CONNECTIONS,
          () -> counts.current().map(reading -> reading.value().in(state)).orElse(0),
          new Tag("state", state));
    }
    registry.gauge(MAX, () -> Datasources.MAX_POOL_SIZE);
    registry.gauge(
        Metadata.builder().withName(AGE).withUnit(MetricUnits.SECONDS).build(),
        () -> {
          counts.current();
          return counts.ageSeconds().orElse(-1.0);
        });
  }
}
