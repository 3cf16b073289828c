package com.marketplace.payments.infrastructure;

import com.marketplace.common.jobs.ClusterJobs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;

/** Claims a run of a job in a transaction of its own, committed before the run's long work. */
@Stateless
public class ReconciliationClaim {

  @Inject ClusterJobs jobs;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claim(String job, Duration spacing) {
    return jobs.claim(job, spacing);
  }
}
