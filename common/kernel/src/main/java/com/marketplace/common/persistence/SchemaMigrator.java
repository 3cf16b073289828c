package com.marketplace.common.persistence;

import com.marketplace.common.logging.ContextLoggers;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies one module's Flyway migrations to the schema that module owns.
 *
 * <p>Each module calls this from a startup singleton, so the schema is current before any
 * persistence unit is used and a deploy against an unreachable database fails instead of
 * half-starting. Migrations live in {@code db/migration/<schema>}; optional demo data, applied only
 * when asked, in {@code db/demo/<schema>} as repeatable migrations.
 */
public final class SchemaMigrator {

  private static final Logger LOG = ContextLoggers.of(SchemaMigrator.class);
  private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

  private final DataSource dataSource;
  private final ClassLoader classLoader;
  private final Duration waitForDatabase;

  /**
   * @param classLoader the calling module's class loader: in an EAR, Flyway's own loader (in {@code
   *     lib/}) cannot see the migrations packaged in a module
   * @param waitForDatabase how long to retry a refused connection before giving up
   */
  public SchemaMigrator(DataSource dataSource, ClassLoader classLoader, Duration waitForDatabase) {
    this.dataSource = dataSource;
    this.classLoader = classLoader;
    this.waitForDatabase = waitForDatabase;
  }

  /** Migrates {@code schema}; with {@code withDemoData} also (re)applies its demo data. */
  public MigrateResult migrate(String schema, boolean withDemoData) {
    awaitDatabase(schema);
    List<String> locations = new ArrayList<>(List.of("classpath:db/migration/" + schema));
    if (withDemoData) {
      locations.add("classpath:db/demo/" + schema);
    }
    MigrateResult result =
        Flyway.configure(classLoader)
            .dataSource(dataSource)
            .schemas(schema)
            .createSchemas(true)
            .locations(locations.toArray(String[]::new))
            // demo data may have been loaded by an earlier run that asked for it
            .ignoreMigrationPatterns("*:future", "repeatable:missing")
            .load()
            .migrate();
    LOG.info(
        () ->
            String.format(
                "Schema %s at version %s (%d migrations applied%s)",
                schema,
                result.targetSchemaVersion != null
                    ? result.targetSchemaVersion
                    : result.initialSchemaVersion,
                result.migrationsExecuted,
                withDemoData ? ", demo data on" : ""));
    return result;
  }

  private void awaitDatabase(String schema) {
    long deadline = System.nanoTime() + waitForDatabase.toNanos();
    while (true) {
      try (Connection ignored = dataSource.getConnection()) {
        return;
      } catch (SQLException e) {
        if (System.nanoTime() >= deadline) {
          throw new DatabaseUnavailableException(
              String.format(
                  "Cannot migrate schema '%s': the database is unreachable after %d s (check DB_URL,"
                      + " DB_USER, DB_PASSWORD): %s",
                  schema, waitForDatabase.toSeconds(), e.getMessage()),
              e);
        }
        LOG.warning(() -> "Database not reachable yet, retrying: " + e.getMessage());
        pause();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(RETRY_PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DatabaseUnavailableException("Interrupted while waiting for the database", e);
    }
  }
}
