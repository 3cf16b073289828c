package com.marketplace.devserver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A throw-away PostgreSQL 17 on a fixed port, started from the binaries Maven brings. It can be
 * stopped and started again on the same data (as an operator restarting the database would), and
 * its data is deleted when it is closed.
 */
public final class LocalDatabase implements AutoCloseable {

  public static final String USER = "postgres";
  public static final String DATABASE = "postgres";

  private final int port;
  private final Path workDir;
  private final Path dataDir;
  private EmbeddedPostgres postgres;

  private LocalDatabase(int port, Path workDir, Path dataDir) {
    this.port = port;
    this.workDir = workDir;
    this.dataDir = dataDir;
  }

  /** Starts an empty database on {@code port}; binaries and data live under {@code workDir}. */
  public static LocalDatabase start(int port, Path workDir) throws IOException {
    Files.createDirectories(workDir);
    LocalDatabase database = new LocalDatabase(port, workDir, workDir.resolve("data-" + port));
    deleteRecursively(database.dataDir); // left behind by a killed earlier run
    database.startServer();
    return database;
  }

  /**
   * Stops the server with a fast shutdown (open transactions roll back, sessions are cut), keeping
   * its data for {@link #restart()}.
   */
  public synchronized void stopFast() throws IOException {
    if (postgres != null) {
      // zonky stops with "pg_ctl stop -m fast -w" and, built without clean-up, keeps the data
      postgres.close();
      postgres = null;
    }
  }

  /** Starts the server again on the same data directory and port; returns once it answers. */
  public synchronized void restart() throws IOException {
    if (postgres == null) {
      startServer();
    }
  }

  public synchronized boolean isRunning() {
    return postgres != null;
  }

  /**
   * Built without zonky's clean-up (which would also run initdb over existing data), so that a
   * restart finds the data; {@link #close()} deletes it instead.
   */
  private void startServer() throws IOException {
    postgres =
        EmbeddedPostgres.builder()
            .setPort(port)
            .setOverrideWorkingDirectory(workDir.toFile())
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(false)
            .start();
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
  }

  public int port() {
    return port;
  }

  @Override
  public synchronized void close() throws IOException {
    stopFast();
    deleteRecursively(dataDir);
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
