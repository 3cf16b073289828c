package com.marketplace.booking.application.calendar;

import com.marketplace.booking.application.BookingJournal;
import com.marketplace.booking.domain.CalendarEvent;
import com.marketplace.booking.domain.CalendarHold;
import com.marketplace.booking.domain.CalendarHoldRepository;
import com.marketplace.booking.domain.ImportSource;
import com.marketplace.booking.domain.ImportSourceRepository;
import com.marketplace.booking.domain.Listing;
import com.marketplace.booking.domain.ListingRepository;
import com.marketplace.booking.domain.StayPeriod;
import com.marketplace.booking.infrastructure.ical.IcalCodec;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * External calendars that block a listing's nights: added by URL (fetched now, then re-synced on a
 * schedule) or uploaded as a file, by the listing's host or an admin. A sync replaces the source's
 * previous holds with its current events (overlapping events merged) under the exclusion
 * constraint: if they collide with a reservation the sync is refused (409) and nothing changes; a
 * malformed calendar is a 400 and nothing is written.
 *
 * <p>URL calendars are fetched by {@link CalendarFetches} between two of the steps here, each its
 * own transaction ({@code REQUIRES_NEW}), so that no transaction is open during the fetch.
 */
@Stateless
public class CalendarImports {

  static final String OBJECT_TYPE = "iCalImportSource";

  @Inject ImportSourceRepository sources;
  @Inject ListingRepository listings;
  @Inject CalendarHoldRepository holds;

  @Inject BookingJournal journal;

  /** The URL a new import will fetch, once the caller may manage the listing's calendars. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public String urlToAdd(Caller caller, UUID listingId, String url) {
    hostedListing(caller, listingId);
    return ImportUrls.require(url);
  }

  /** A new URL source with the calendar just fetched from it (the caller is checked again). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ImportSourceView addFetched(Caller caller, UUID listingId, String url, String calendar) {
    Listing listing = hostedListing(caller, listingId);
    ImportSource source =
        ImportSource.ofUrl(
            caller.tenantId(), caller.userId(), listing.id(), ImportUrls.require(url));
    sources.add(source);
    replaceHolds(source, listing, calendar);
    journal.record(
        "iCalImportSource.added", source.tenantId(), OBJECT_TYPE, source.id(), null, state(source));
    return ImportSourceView.of(source);
  }

  public ImportSourceView upload(Caller caller, UUID listingId, String calendar) {
    Listing listing = hostedListing(caller, listingId);
    ImportSource source = ImportSource.uploaded(caller.tenantId(), caller.userId(), listing.id());
    sources.add(source);
    replaceHolds(source, listing, calendar);
    journal.record(
        "iCalImportSource.uploaded",
        source.tenantId(),
        OBJECT_TYPE,
        source.id(),
        null,
        state(source));
    return ImportSourceView.of(source);
  }

  /** The URL of a source the caller asks to sync now. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public String urlToResync(Caller caller, UUID sourceId) {
    ImportSource source = source(caller.tenantId(), sourceId);
    hostedListing(caller, source.listingId());
    if (!source.isUrl()) {
      throw ApiException.conflict("errMsg_uploadIsNotSynced", "An uploaded calendar has no URL");
    }
    return source.url();
  }

  /** The source's holds replaced by the calendar just fetched (source and caller checked again). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ImportSourceView resynced(Caller caller, UUID sourceId, String calendar) {
    ImportSource source = source(caller.tenantId(), sourceId);
    replaceHolds(source, hostedListing(caller, source.listingId()), calendar);
    return ImportSourceView.of(source);
  }

  /** Removes the source and frees the nights it blocked. */
  public ImportSourceView remove(Caller caller, UUID sourceId) {
    ImportSource source = source(caller.tenantId(), sourceId);
    hostedListing(caller, source.listingId());
    holds.removeOfSource(source.id());
    source.remove();
    journal.record(
        "iCalImportSource.removed",
        source.tenantId(),
        OBJECT_TYPE,
        source.id(),
        Map.of("isActive", true),
        state(source));
    return ImportSourceView.of(source);
  }

  public List<ImportSourceView> of(Caller caller, UUID listingId) {
    hostedListing(caller, listingId);
    return sources.ofListing(caller.tenantId(), listingId).stream()
        .map(ImportSourceView::of)
        .toList();
  }

  /** The URL of a source the scheduled sync fetches; null once it is removed. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public String urlToSync(UUID sourceId) {
    ImportSource source = sources.find(sourceId).orElse(null);
    return source == null || !source.isActive() || !source.isUrl() ? null : source.url();
  }

  /** The scheduled sync's outcome, unless the source was removed during the fetch. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void synced(UUID sourceId, String calendar) {
    ImportSource source = sources.find(sourceId).orElse(null);
    if (source != null && source.isActive()) {
      replaceHolds(source, listings.find(source.listingId()).orElse(null), calendar);
    }
  }

  /** Records why the scheduled sync of a source failed, in its own transaction. */
  public void syncFailed(UUID sourceId, String error) {
    ImportSource source = sources.find(sourceId).orElse(null);
    if (source != null) {
      source.failed(error);
    }
  }

  private void replaceHolds(ImportSource source, Listing listing, String calendar) {
    List<CalendarEvent> events = IcalCodec.read(calendar, ZoneId.of(listing.timeZone()));
    CalendarLimits.requireFewEnough(events.size(), CalendarLimits.maxEvents());
    holds.removeOfSource(source.id());
    for (CalendarEvent block : merged(events)) {
      holds.add(
          CalendarHold.imported(
              source.tenantId(),
              listing.id(),
              source.id(),
              block.nights(),
              block.uid(),
              block.summary()));
    }
    source.synced(events.size());
    Holds.flush(holds);
  }

  /** Overlapping events of one calendar become one block (they would otherwise collide). */
  static List<CalendarEvent> merged(List<CalendarEvent> events) {
    List<CalendarEvent> sorted =
        events.stream().sorted(Comparator.comparing(e -> e.nights().checkIn())).toList();
    List<CalendarEvent> blocks = new ArrayList<>();
    for (CalendarEvent event : sorted) {
      CalendarEvent last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
      if (last != null && last.nights().overlaps(event.nights())) {
        StayPeriod union =
            new StayPeriod(
                last.nights().checkIn(),
                last.nights().checkOut().isAfter(event.nights().checkOut())
                    ? last.nights().checkOut()
                    : event.nights().checkOut());
        blocks.set(blocks.size() - 1, new CalendarEvent(union, last.uid(), last.summary()));
      } else {
        blocks.add(event);
      }
    }
    return blocks;
  }

  private Listing hostedListing(Caller caller, UUID listingId) {
    Listing listing = listings.find(listingId).orElse(null);
    if (listing == null || !listing.tenantId().equals(caller.tenantId())) {
      throw ApiException.notFound("listing", listingId);
    }
    if (!caller.isAdmin() && !listing.hostId().equals(caller.userId())) {
      throw ApiException.forbidden("Only the listing's host or an admin manages its calendars");
    }
    return listing;
  }

  private ImportSource source(UUID tenantId, UUID sourceId) {
    ImportSource source = sources.find(sourceId).orElse(null);
    if (source == null || !source.tenantId().equals(tenantId) || !source.isActive()) {
      throw ApiException.notFound(OBJECT_TYPE, sourceId);
    }
    return source;
  }

  private static Map<String, Object> state(ImportSource source) {
    return Map.of("isActive", source.isActive(), "eventCount", source.eventCount());
  }
}
