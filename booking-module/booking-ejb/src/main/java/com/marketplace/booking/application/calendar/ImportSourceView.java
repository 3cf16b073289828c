package com.marketplace.booking.application.calendar;

import com.marketplace.booking.domain.ImportSource;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An external calendar of a listing and how its last sync went. */
public record ImportSourceView(
    UUID id,
    UUID listingId,
    String kind,
    String url,
    OffsetDateTime lastSyncedAt,
    String lastError,
    int eventCount,
    boolean isActive,
    int recordVersion,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    UUID _owner) {

  static ImportSourceView of(ImportSource s) {
    return new ImportSourceView(
        s.id(),
        s.listingId(),
        s.kind(),
        s.url(),
        s.lastSyncedAt(),
        s.lastError(),
        s.eventCount(),
        s.isActive(),
        s.recordVersion(),
        s.createdAt(),
        s.updatedAt(),
        s.ownerId());
  }
}
