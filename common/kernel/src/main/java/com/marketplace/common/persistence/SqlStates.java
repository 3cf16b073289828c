package com.marketplace.common.persistence;

import java.sql.SQLException;

/** Recognises the constraint violations PostgreSQL reports, wherever JPA wrapped them. */
public final class SqlStates {

  public static final String UNIQUE_VIOLATION = "23505";
  public static final String EXCLUSION_VIOLATION = "23P01";
  public static final String SERIALIZATION_FAILURE = "40001";
  public static final String DEADLOCK_DETECTED = "40P01";

  private SqlStates() {}

  /** Whether {@code failure} was caused by a database error with this SQLState. */
  public static boolean causedBy(Throwable failure, String sqlState) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && sqlState.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
