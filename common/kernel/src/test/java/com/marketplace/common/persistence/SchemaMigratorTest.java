package com.marketplace.common.persistence;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class SchemaMigratorTest {

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startDatabase() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopDatabase() throws IOException {
    postgres.close();
  }

  @BeforeEach
  void dropSampleSchema() throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection()) {
      c.createStatement().execute("drop schema if exists sample cascade");
    }
  }

  @Test
  void createsTheModuleSchemaAndAppliesItsMigrationsOnce() throws SQLException {
    DataSource db = postgres.getPostgresDatabase();
    SchemaMigrator migrator = migratorFor(db);

    assertThat(migrator.migrate("sample", false).migrationsExecuted, is(1));
    assertThat(migrator.migrate("sample", false).migrationsExecuted, is(0));
    assertThat(
        count(db, "select count(*) from sample.flyway_schema_history where type = 'SQL'"), is(1));
    assertThat(count(db, "select count(*) from sample.sample_item"), is(0));
  }

  @Test
  void loadsDemoDataOnlyWhenAskedAndToleratesItLaterBeingLeftOut() throws SQLException {
    DataSource db = postgres.getPostgresDatabase();
    SchemaMigrator migrator = migratorFor(db);

    migrator.migrate("sample", true);
    migrator.migrate("sample", false);

    assertThat(count(db, "select count(*) from sample.sample_item where name = 'demo'"), is(1));
  }

  @Test
  void failsWithAClearMessageWhenTheDatabaseIsUnreachable() throws IOException {
    PGSimpleDataSource unreachable = new PGSimpleDataSource();
    unreachable.setUrl("jdbc:postgresql://127.0.0.1:" + closedPort() + "/nowhere");
    SchemaMigrator migrator =
        new SchemaMigrator(unreachable, getClass().getClassLoader(), Duration.ofMillis(10));

    DatabaseUnavailableException failure =
        assertThrows(DatabaseUnavailableException.class, () -> migrator.migrate("sample", false));

    assertThat(
        failure.getMessage(),
        allOf(
            containsString("schema 'sample'"),
            containsString("DB_URL"),
            containsString("refused")));
  }

  private SchemaMigrator migratorFor(DataSource db) {
    return new SchemaMigrator(db, getClass().getClassLoader(), Duration.ofSeconds(5));
  }

  private static int count(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection();
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
