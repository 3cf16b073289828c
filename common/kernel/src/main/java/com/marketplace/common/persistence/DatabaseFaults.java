package com.marketplace.common.persistence;

import jakarta.transaction.SystemException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a database that is away (stopped, restarting, unreachable, out of connections, too slow)
 * from a bug, wherever JPA, the EJB container or the connection pool wrapped the failure.
 *
 * <p>The first kind is a 503 the client may retry; the second stays a 500.
 */
public final class DatabaseFaults {

  /** PostgreSQL's SQLSTATE class 08: connection exception (refused, broken, closed). */
  private static final String CONNECTION_EXCEPTION_CLASS = "08";

  /**
   * admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down),
   * too_many_connections, and query_canceled (which is how {@code statement_timeout} ends a query).
   */
  private static final Set<String> UNAVAILABLE_STATES =
      Set.of("57P01", "57P02", "57P03", "53300", "57014");

  private DatabaseFaults() {}

  /**
   * Whether {@code failure} means the database cannot serve now, rather than a defect.
   *
   * <p>A JTA {@code SystemException} counts: the transaction manager raises it, without a cause,
   * when the database connection fails while committing (e.g. cut by a shutdown). The outcome of
   * that commit is unknown, so the client is told to retry rather than shown a defect.
   */
  public static boolean isUnavailable(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    return isUnavailable(failure, seen);
  }

  private static boolean isUnavailable(Throwable failure, Set<Throwable> seen) {
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof DatabaseUnavailableException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof ConnectException
          || t instanceof SystemException) {
        return true;
      }
      if (t instanceof SQLException sql
          && (isUnavailableState(sql.getSQLState())
              || isPoolAllocationFailure(sql)
              || isUnavailable(sql.getNextException(), seen))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUnavailableState(String sqlState) {
    return sqlState != null
        && (sqlState.startsWith(CONNECTION_EXCEPTION_CLASS)
            || UNAVAILABLE_STATES.contains(sqlState));
  }

  /**
   * The application server's pool reports "no connection for you" (none could be created, or none
   * came free within its maximum wait) as a {@code SQLException} without a state, caused by a
   * connector {@code ResourceException}.
   */
  private static boolean isPoolAllocationFailure(SQLException sql) {
    return sql.getSQLState() == null
        && sql.getCause() instanceof jakarta.resource.ResourceException;
  }
}
