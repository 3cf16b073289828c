package com.marketplace.booking.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The external calendars imported into listings. */
public interface ImportSourceRepository {

  Optional<ImportSource> find(UUID id);

  void add(ImportSource source);

  /** The listing's sources, removed ones too, oldest first. */
  List<ImportSource> ofListing(UUID tenantId, UUID listingId);

  /** The ids of the active sources fetched from a URL, of every tenant. */
  List<UUID> activeUrlSourceIds();
}
