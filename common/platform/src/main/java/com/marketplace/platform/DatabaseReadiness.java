package com.marketplace.platform;

import com.marketplace.common.logging.ContextLoggers;
import com.marketplace.common.persistence.Datasources;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the database cannot answer: a load balancer should stop sending traffic.
 *
 * <p>{@code /health/ready} is public, so a failure says only that the database is unavailable; the
 * driver's message (host names, ports, user names) goes to the server log.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  static final String UNAVAILABLE = "database unavailable";
  private static final int VALIDATION_TIMEOUT_SECONDS = 2;
  private static final Logger LOG = ContextLoggers.of(DatabaseReadiness.class);

  @Resource(lookup = Datasources.APPLICATION)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    long started = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      if (connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
        return HealthCheckResponse.named("database").up().build();
      }
      LOG.warning("Readiness: a pooled database connection did not validate");
    } catch (SQLException | RuntimeException e) {
      LOG.warning(
          () ->
              String.format(
                  "Readiness: database unavailable (%d ms): %s",
                  (System.nanoTime() - started) / 1_000_000, e.getMessage()));
    }
    return HealthCheckResponse.named("database").down().withData("error", UNAVAILABLE).build();
  }
}
