package com.marketplace.booking.application.calendar;

import com.marketplace.booking.domain.ImportSourceRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * The transactions of a {@link CalendarSyncJob} run: the sources to sync, and a failure's record.
 */
@Stateless
public class CalendarSyncRuns {

  @Inject ImportSourceRepository sources;

  @EJB CalendarImports imports;

  public List<UUID> urlSources() {
    return sources.activeUrlSourceIds();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failed(UUID source, String error) {
    imports.syncFailed(source, error);
  }
}
