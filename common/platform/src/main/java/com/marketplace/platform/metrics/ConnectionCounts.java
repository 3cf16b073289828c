package com.marketplace.platform.metrics;

import java.util.List;

/**
 * This node's database connections by what PostgreSQL says each is doing ({@code
 * pg_stat_activity.state}): running a statement ({@code active}), waiting in the pool ({@code
 * idle}), or held inside a transaction between statements ({@code idle in transaction}, aborted
 * ones included). Other states ({@code fastpath function call}, {@code disabled}) are not counted.
 */
record ConnectionCounts(int active, int idle, int idleInTransaction) {

  static final String ACTIVE = "active";
  static final String IDLE = "idle";
  static final String IDLE_IN_TRANSACTION = "idle in transaction";

  /** The states counted, each a gauge's {@code state} label. */
  static final List<String> STATES = List.of(ACTIVE, IDLE, IDLE_IN_TRANSACTION);

  static final ConnectionCounts NONE = new ConnectionCounts(0, 0, 0);

  /** These counts and {@code connections} more in {@code state} (null when PostgreSQL hid it). */
  ConnectionCounts plus(String state, int connections) {
    if (state == null) {
      return this;
    }
    return switch (state) {
      case ACTIVE -> new ConnectionCounts(active + connections, idle, idleInTransaction);
      case IDLE -> new ConnectionCounts(active, idle + connections, idleInTransaction);
      case IDLE_IN_TRANSACTION, "idle in transaction (aborted)" ->
          new ConnectionCounts(active, idle, idleInTransaction + connections);
      default -> this;
    };
  }

  /** The count of one of the {@link #STATES}. */
  int in(String state) {
    return switch (state) {
      case ACTIVE -> active;
      case IDLE -> idle;
      case IDLE_IN_TRANSACTION -> idleInTransaction;
      default -> throw new IllegalArgumentException("not a counted state: " + state);
    };
  }
}
