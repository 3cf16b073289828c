package com.marketplace.enrollment.infrastructure;

import com.marketplace.common.jobs.ClusterJobs;
import com.marketplace.common.jobs.JobTiming;
import com.marketplace.enrollment.application.enrollment.EnrollmentAdministration;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The cleanup of unpaid enrollments, every {@code ENROLLMENT_CLEANUP_EVERY_MINUTES} (default 5) for
 * those pending longer than {@code ENROLLMENT_PENDING_MAX_AGE_MINUTES} (default 60). Every node's
 * timer fires; one claims the run ({@link ClusterJobs}).
 */
@Singleton
@Startup
@Interceptors(JobTiming.class)
public class UnpaidEnrollmentsJob {

  static final String CLEANUP = "enrollment.cleanupPendingEnrollments";

  @Resource TimerService timers;
  @Inject ClusterJobs jobs;
  @EJB EnrollmentAdministration administration;

  @Inject
  @ConfigProperty(name = "ENROLLMENT_CLEANUP_EVERY_MINUTES", defaultValue = "5")
  long everyMinutes;

  @Inject
  @ConfigProperty(name = "ENROLLMENT_PENDING_MAX_AGE_MINUTES", defaultValue = "60")
  long maxAgeMinutes;

  @PostConstruct
  void schedule() {
    long every = Duration.ofMinutes(everyMinutes).toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig(CLEANUP, false));
  }

  @Timeout
  void cleanup() {
    // a little less than the period, so that one node's late tick does not skip a run
    Duration spacing = Duration.ofMinutes(everyMinutes).multipliedBy(9).dividedBy(10);
    if (jobs.claim(CLEANUP, spacing)) {
      administration.cleanupPending(null, Duration.ofMinutes(maxAgeMinutes));
    }
  }
}
