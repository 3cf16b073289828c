package com.marketplace.common.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Base of each module's startup singleton that brings the module's schema up to date.
 *
 * <p>Subclasses are {@code @Startup @Singleton} EJBs with transactions not supported (Flyway
 * manages its own). An exception here fails the deployment, which is what we want when the database
 * is unreachable or a migration is broken.
 */
public abstract class ModuleSchema {

  private final String schema;

  @Resource(lookup = Datasources.APPLICATION)
  private DataSource dataSource;

  @Inject
  @ConfigProperty(name = "DEMO_DATA", defaultValue = "false")
  boolean demoData;

  @Inject
  @ConfigProperty(name = "DB_WAIT_SECONDS", defaultValue = "30")
  int waitSeconds;

  protected ModuleSchema(String schema) {
    this.schema = schema;
  }

  @PostConstruct
  void migrate() {
    new SchemaMigrator(dataSource, getClass().getClassLoader(), Duration.ofSeconds(waitSeconds))
        .migrate(schema, demoData);
  }
}
