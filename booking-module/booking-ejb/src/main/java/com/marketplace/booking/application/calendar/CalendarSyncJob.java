package com.marketplace.booking.application.calendar;

import com.marketplace.common.error.ApiException;
import com.marketplace.common.error.DomainException;
import com.marketplace.common.jobs.ClusterJobs;
import com.marketplace.common.jobs.JobTiming;
import com.marketplace.common.logging.ContextLoggers;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Re-syncs every URL calendar every 30 minutes, once per cluster: the node that claims the run
 * syncs each source as {@link CalendarFetches} does (fetched outside any transaction, applied in
 * its own), so one unreachable or conflicting calendar only records its error.
 */
@Singleton
@Interceptors(JobTiming.class)
public class CalendarSyncJob {

  static final String JOB = "booking.syncCalendars";
  private static final Logger LOG = ContextLoggers.of(CalendarSyncJob.class);

  @Inject ClusterJobs jobs;
  @EJB CalendarSyncRuns runs;
  @EJB CalendarFetches fetches;

  @Schedule(hour = "*", minute = "*/30", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void syncAll() {
    if (jobs.claimAlone(JOB, Duration.ofMinutes(20))) {
      syncEverySource();
    }
  }

  /**
   * Syncs every active URL calendar, each in its own transaction (the run's work, without the
   * claim).
   *
   * @return how many synced without error
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int syncEverySource() {
    int synced = 0;
    for (UUID source : runs.urlSources()) {
      try {
        fetches.sync(source);
        synced++;
      } catch (ApiException e) {
        runs.failed(source, e.detail());
      } catch (DomainException e) {
        runs.failed(source, e.detail());
      } catch (RuntimeException e) {
        LOG.warning("Calendar " + source + " was not synced: " + e);
        runs.failed(source, "unexpected error");
      }
    }
    return synced;
  }
}
