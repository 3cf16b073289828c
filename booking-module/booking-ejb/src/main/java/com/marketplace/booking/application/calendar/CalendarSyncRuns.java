package com.marketplace.booking.application.calendar;

import com.marketplace.common.jobs.ClusterJobs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** The transactions of a {@link CalendarSyncJob} run: the claim, and a failure's record. */
@Stateless
public class CalendarSyncRuns {

  @PersistenceContext(unitName = "booking")
  EntityManager em;

  @Inject ClusterJobs jobs;
  @EJB CalendarImports imports;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claim(String job, Duration spacing) {
    return jobs.claim(job, spacing);
  }

  public List<UUID> urlSources() {
    return em.createQuery(
            "select s.id from ImportSource s where s.active = true and s.kind = 'url'", UUID.class)
        .getResultList();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failed(UUID source, String error) {
    imports.syncFailed(source, error);
  }
}
