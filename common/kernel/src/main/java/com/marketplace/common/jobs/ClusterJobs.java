package com.marketplace.common.jobs;

import java.time.Duration;

/**
 * Once per cluster, not once per node: every node's timer fires, and the first to claim a run does
 * the work. A job takes one of two shapes:
 *
 * <ul>
 *   <li>work done in one transaction: {@link #claim} in it, so a run that fails and rolls back
 *       leaves the job unclaimed for the next tick (on any node);
 *   <li>work done outside any transaction or in many (network calls, one transaction per item):
 *       {@link #claimAlone} first, committed before the work starts; a run that fails then waits
 *       out the spacing.
 * </ul>
 */
public interface ClusterJobs {

  /**
   * Claims a run of {@code job} unless one was claimed less than {@code spacing} ago; the database
   * decides between nodes. Must be called in a transaction, with which the claim commits.
   */
  boolean claim(String job, Duration spacing);

  /** As {@link #claim}, in a transaction of its own that commits before this returns. */
  boolean claimAlone(String job, Duration spacing);
}
