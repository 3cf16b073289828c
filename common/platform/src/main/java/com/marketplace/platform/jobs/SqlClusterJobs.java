package com.marketplace.platform.jobs;

import com.marketplace.common.jobs.ClusterJobs;
import com.marketplace.common.jobs.JobTiming;
import com.marketplace.common.metrics.BusinessMetrics;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;

/**
 * Job runs in {@code platform.cluster_job}: one upsert that moves {@code last_run_at} only if the
 * last run is at least {@code spacing} old. Concurrent claims serialize on the row; one wins.
 */
@Stateless
@Typed // reached through the kernel's PlatformServices
@Local(ClusterJobs.class)
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SqlClusterJobs implements ClusterJobs {

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Inject BusinessMetrics metrics;

  @Override
  public boolean claim(String job, Duration spacing) {
    return claimNow(job, spacing);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claimAlone(String job, Duration spacing) {
    return claimNow(job, spacing);
  }

  private boolean claimNow(String job, Duration spacing) {
    boolean claimed =
        em.createNativeQuery(
                    "insert into platform.cluster_job (job_name, last_run_at) values (?1, now())"
                        + " on conflict (job_name) do update set last_run_at = now()"
                        + " where platform.cluster_job.last_run_at"
                        + " <= now() - make_interval(secs => ?2)")
                .setParameter(1, job)
                .setParameter(2, (double) spacing.toMillis() / 1000)
                .executeUpdate()
            == 1;
    if (claimed) {
      metrics.jobRun(job);
      JobTiming.claimed(job);
    }
    return claimed;
  }
}
