package com.marketplace.it.support;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Direct SQL on the test database, to arrange rows and to assert what was (not) written. */
public final class TestDatabase {

  private TestDatabase() {}

  static int port() {
    return Integer.parseInt(System.getProperty("it.db.port"));
  }

  /**
   * Stops the database with a fast shutdown (sessions cut, open transactions rolled back), keeping
   * its data. A test that calls this must {@link #restart()} in a {@code finally}: later test
   * classes share the database.
   */
  public static void stopFast() throws IOException {
    EmbeddedDatabaseExtension.database().stopFast();
  }

  /** Starts the stopped database again, on the same data and port; returns once it answers. */
  public static void restart() throws IOException {
    EmbeddedDatabaseExtension.database().restart();
  }

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + port() + "/postgres", "postgres", "postgres");
  }

  /** The first column of every row {@code sql} returns, as strings. */
  public static List<String> column(String sql, Object... params) throws SQLException {
    try (Connection c = connect();
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      List<String> values = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
      return values;
    }
  }

  public static long count(String sql, Object... params) throws SQLException {
    return Long.parseLong(column(sql, params).get(0));
  }

  public static void execute(String sql, Object... params) throws SQLException {
    try (Connection c = connect();
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      statement.execute();
    }
  }
}
