package com.marketplace.devserver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A throw-away PostgreSQL 17 on a fixed port, started from the binaries Maven brings. */
public final class LocalDatabase implements AutoCloseable {

  public static final String USER = "postgres";
  public static final String DATABASE = "postgres";

  private final EmbeddedPostgres postgres;
  private final int port;

  private LocalDatabase(EmbeddedPostgres postgres, int port) {
    this.postgres = postgres;
    this.port = port;
  }

  /** Starts an empty database on {@code port}; binaries and data live under {@code workDir}. */
  public static LocalDatabase start(int port, Path workDir) throws IOException {
    Files.createDirectories(workDir);
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setPort(port)
            .setOverrideWorkingDirectory(workDir.toFile())
            .setDataDirectory(workDir.resolve("data-" + port))
            .setCleanDataDirectory(true)
            .start();
    return new LocalDatabase(postgres, port);
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
  }

  public int port() {
    return port;
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
