package com.marketplace.it.support;

import com.marketplace.devserver.LocalDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Starts one PostgreSQL for the whole test run, on the port the build reserved and handed to Payara
 * as DB_URL. Registered before Arquillian's extension, which starts the server and deploys in its
 * own before-all: the database must already answer then.
 */
public class EmbeddedDatabaseExtension implements BeforeAllCallback {

  private static final Namespace NAMESPACE = Namespace.create(EmbeddedDatabaseExtension.class);

  private static volatile LocalDatabase database;

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent("database", key -> start(), Running.class);
  }

  private static Running start() {
    try {
      Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
      Files.createDirectories(tmp);
      database = LocalDatabase.start(TestDatabase.port(), tmp.resolve("postgres"));
      return new Running(database);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot start the embedded PostgreSQL", e);
    }
  }

  /** The database of this run, for a test that stops and restarts it. */
  static LocalDatabase database() {
    if (database == null) {
      throw new IllegalStateException("The embedded PostgreSQL has not been started");
    }
    return database;
  }

  /** Closed by JUnit when the root context closes, after the last test class. */
  record Running(LocalDatabase database) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      database.close();
    }
  }
}
