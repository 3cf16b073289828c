package com.marketplace.booking.domain;

import java.util.Optional;
import java.util.UUID;

/** The listings projected from upstream reference data. */
public interface ListingRepository {

  Optional<Listing> find(UUID id);

  void add(Listing listing);

  /** Writes the pending changes now, so that the listing shows what the database made of them. */
  void flush();
}
