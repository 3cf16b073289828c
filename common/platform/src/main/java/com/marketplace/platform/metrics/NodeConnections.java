package com.marketplace.platform.metrics;

import com.marketplace.common.logging.ContextLoggers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Reads this node's connections by state from {@code pg_stat_activity}, through one connection of
 * the node's own pool. "This node's" are the client backends of this database whose {@code
 * application_name} is the pool's own: the datasource names every connection of a node with {@code
 * DB_APPLICATION_NAME} (the Docker image: {@code marketplace-<container host name>}), so nodes with
 * the same name count each other's connections too. The connection it reads with is left out.
 */
final class NodeConnections implements Supplier<Optional<ConnectionCounts>> {

  static final String BY_STATE =
      """
      select state, count(*) from pg_stat_activity
       where datname = current_database()
         and backend_type = 'client backend'
         and application_name = current_setting('application_name')
         and pid <> pg_backend_pid()
       group by state""";

  private static final int TIMEOUT_SECONDS = 2;
  private static final Logger LOG = ContextLoggers.of(NodeConnections.class);

  private final DataSource dataSource;
  private volatile boolean failing;

  NodeConnections(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The counts now; empty when the database cannot say (logged once until it can again). */
  @Override
  public Optional<ConnectionCounts> get() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(BY_STATE)) {
      statement.setQueryTimeout(TIMEOUT_SECONDS);
      ConnectionCounts counts = ConnectionCounts.NONE;
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          counts = counts.plus(rows.getString(1), rows.getInt(2));
        }
      }
      failing = false;
      return Optional.of(counts);
    } catch (SQLException | RuntimeException e) {
      if (!failing) {
        failing = true;
        LOG.warning("Database connection gauges: cannot read pg_stat_activity: " + e.getMessage());
      }
      return Optional.empty();
    }
  }
}
