package com.marketplace.booking.domain;

import java.util.Optional;
import java.util.UUID;

/** Disputes; a reservation has at most one unsettled (a unique index guarantees it). */
public interface DisputeRepository {

  Optional<Dispute> find(UUID id);

  /**
   * Adds a new dispute and writes it now.
   *
   * @throws DisputeAlreadyOpen if the reservation has an unsettled dispute already
   */
  void open(Dispute dispute);
}
