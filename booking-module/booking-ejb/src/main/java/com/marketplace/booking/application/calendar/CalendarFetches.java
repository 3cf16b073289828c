package com.marketplace.booking.application.calendar;

import com.marketplace.booking.infrastructure.ical.IcalFetcher;
import com.marketplace.common.security.Caller;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Calendar imports that need a network call, as three steps: read what the fetch needs (its own
 * short transaction), fetch with no transaction and no database connection held (a slow calendar
 * server costs a thread, never a pooled connection), then apply the calendar in a new transaction
 * that checks again what may have changed meanwhile. A fetch that fails writes nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CalendarFetches {

  @EJB CalendarImports imports;
  @Inject IcalFetcher fetcher;

  /** {@code POST /v1/listings/:id/icalimports}. */
  public ImportSourceView addUrl(Caller caller, UUID listingId, String url) {
    String checked = imports.urlToAdd(caller, listingId, url);
    String calendar = fetcher.fetch(checked);
    return imports.addFetched(caller, listingId, checked, calendar);
  }

  /** {@code POST /v1/icalimports/:id/sync}. */
  public ImportSourceView resync(Caller caller, UUID sourceId) {
    String url = imports.urlToResync(caller, sourceId);
    String calendar = fetcher.fetch(url);
    return imports.resynced(caller, sourceId, calendar);
  }

  /** The scheduled sync of one URL source; nothing if it was removed meanwhile. */
  public void sync(UUID sourceId) {
    String url = imports.urlToSync(sourceId);
    if (url != null) {
      imports.synced(sourceId, fetcher.fetch(url));
    }
  }
}
