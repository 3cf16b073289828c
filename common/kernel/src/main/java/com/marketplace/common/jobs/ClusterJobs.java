package com.marketplace.common.jobs;

import java.time.Duration;

/**
 * Once per cluster, not once per node: every node's timer fires, and the first to claim a run does
 * the work. A claim is part of the caller's transaction, so a run that fails and rolls back leaves
 * the job unclaimed for the next tick (on any node).
 */
public interface ClusterJobs {

  /**
   * Claims a run of {@code job} unless one was claimed less than {@code spacing} ago; the database
   * decides between nodes. Must be called in a transaction.
   */
  boolean claim(String job, Duration spacing);
}
