package com.marketplace.cluster.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The cluster's one PostgreSQL, read by the test as an auditor would. */
public final class Database {

  private final String url;

  public Database(String url) {
    this.url = url;
  }

  public long count(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement statement = prepare(c, sql, params);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public List<String> strings(String sql, Object... params) {
    List<String> values = new ArrayList<>();
    try (Connection c = connect();
        PreparedStatement statement = prepare(c, sql, params);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public void execute(String sql) {
    try (Connection c = connect()) {
      c.createStatement().execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /**
   * Every claim of a once-per-cluster job from now on, as a row: the jobs' table keeps only the
   * last run, so a trigger (the test's own, in a schema of its own) writes each claim down.
   */
  public void recordJobClaims() {
    execute(
        "create schema if not exists cluster_test;"
            + " create table if not exists cluster_test.job_claim"
            + " (job_name text not null, claimed_at timestamptz not null default clock_timestamp());"
            + " create or replace function cluster_test.record_claim() returns trigger as $$"
            + " begin insert into cluster_test.job_claim (job_name) values (new.job_name);"
            + " return new; end $$ language plpgsql;"
            + " drop trigger if exists record_claim on platform.cluster_job;"
            + " create trigger record_claim after insert or update on platform.cluster_job"
            + " for each row execute function cluster_test.record_claim()");
  }

  /** The jobs claimed at least once since {@link #recordJobClaims()}. */
  public List<String> claimedJobs() {
    return strings("select distinct job_name from cluster_test.job_claim order by job_name");
  }

  /** The claims of {@code job} recorded so far, oldest first. */
  public List<Instant> jobClaims(String job) {
    List<Instant> claims = new ArrayList<>();
    try (Connection c = connect();
        PreparedStatement statement =
            prepare(
                c,
                "select claimed_at from cluster_test.job_claim where job_name = ?"
                    + " order by claimed_at",
                job);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        Timestamp at = rows.getTimestamp(1);
        claims.add(at.toInstant());
      }
      return claims;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url, "postgres", "postgres");
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... params)
      throws SQLException {
    PreparedStatement statement = c.prepareStatement(sql);
    for (int i = 0; i < params.length; i++) {
      statement.setObject(i + 1, params[i]);
    }
    return statement;
  }
}
