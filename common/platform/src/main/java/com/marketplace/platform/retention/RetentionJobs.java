package com.marketplace.platform.retention;

import com.marketplace.common.jobs.ClusterJobs;
import com.marketplace.common.jobs.JobTiming;
import com.marketplace.common.logging.ContextLoggers;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes the rows of the {@link RetainedTable}s past their {@link RetentionWindows}, every {@code
 * RETENTION_EVERY_MINUTES} (default 60). Every node's timer fires; one claims the run ({@link
 * ClusterJobs}). At most {@code RETENTION_MAX_ROWS_PER_RUN} rows (default 100,000) per table and
 * run, in batches of 1,000, so that a backlog is worked off over several runs.
 */
@Singleton
@Startup
@Interceptors(JobTiming.class)
public class RetentionJobs {

  static final String JOB = "platform.retention";
  private static final int BATCH_SIZE = 1_000;
  private static final Logger LOG = ContextLoggers.of(RetentionJobs.class);

  @Resource TimerService timers;
  @Inject ClusterJobs jobs;
  @EJB RetentionSweep sweep;
  @Inject Config config;

  @Inject
  @ConfigProperty(name = "RETENTION_EVERY_MINUTES", defaultValue = "60")
  long everyMinutes;

  @Inject
  @ConfigProperty(name = "RETENTION_MAX_ROWS_PER_RUN", defaultValue = "100000")
  int maxRowsPerRun;

  private RetentionWindows windows;

  @PostConstruct
  void schedule() {
    // read now: a bad window fails the deployment, not a timer at night
    windows = RetentionWindows.read(key -> config.getOptionalValue(key, String.class));
    long every = Duration.ofMinutes(everyMinutes).toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig(JOB, false));
  }

  @Timeout
  void run() {
    // a little less than the period, so that one node's late tick does not skip a run
    Duration spacing = Duration.ofMinutes(everyMinutes).multipliedBy(9).dividedBy(10);
    if (jobs.claim(JOB, spacing)) {
      sweepNow();
    }
  }

  /** The work of one run, without the claim: rows deleted per table. */
  public Map<RetainedTable, Integer> sweepNow() {
    Map<RetainedTable, Integer> deleted = new EnumMap<>(RetainedTable.class);
    for (RetainedTable table : RetainedTable.values()) {
      int total = 0;
      int batch;
      do {
        batch = sweep.deleteBatch(table, windows.of(table), BATCH_SIZE);
        total += batch;
      } while (batch == BATCH_SIZE && total < maxRowsPerRun);
      deleted.put(table, total);
    }
    LOG.info(() -> "Retention: deleted " + deleted);
    return deleted;
  }
}
