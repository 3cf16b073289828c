package com.marketplace.payments.infrastructure;

import com.marketplace.common.jobs.ClusterJobs;
import com.marketplace.common.jobs.JobTiming;
import com.marketplace.common.logging.ContextLoggers;
import com.marketplace.payments.application.internal.Reconciliation;
import com.marketplace.payments.application.internal.ReconciliationReport;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Runs the reconciliation of every tenant every {@code PAYMENTS_RECONCILIATION_EVERY_MINUTES} (15),
 * once per cluster: every node's timer fires, the first to claim the run does it.
 */
@Singleton
@Startup
@Interceptors(JobTiming.class)
public class ReconciliationJob {

  private static final Logger LOG = ContextLoggers.of(ReconciliationJob.class);
  private static final String JOB = "payments.reconciliation";

  @Resource TimerService timers;
  @EJB Reconciliation reconciliation;
  @Inject ClusterJobs jobs;

  private Duration every;

  @PostConstruct
  void schedule() {
    every =
        Duration.ofMinutes(
            ConfigProvider.getConfig()
                .getOptionalValue("PAYMENTS_RECONCILIATION_EVERY_MINUTES", Integer.class)
                .orElse(15));
    timers.createIntervalTimer(every.toMillis(), every.toMillis(), new TimerConfig(JOB, false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    if (!jobs.claimAlone(JOB, every.minusSeconds(5))) {
      return;
    }
    try {
      ReconciliationReport report = reconciliation.run(Optional.empty());
      LOG.info(
          () ->
              "Reconciliation: "
                  + report.summary()
                  + "; "
                  + report.paymentIntentsChecked()
                  + " PaymentIntents and "
                  + report.attemptsChecked()
                  + " attempts checked; unresolved: "
                  + report.unresolved());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Reconciliation failed; the next run tries again", e);
    }
  }
}
