package com.marketplace.booking.application.reservation;

import com.marketplace.booking.domain.Reservation;
import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.security.Caller;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** The read side of reservations: lists for a caller, and what a response joins to each row. */
public interface ReservationQueries {

  /**
   * The reservations a caller may list: an admin every one of the tenant, anyone else those where
   * they are the guest or the host; then the client's filters (the status read by the API layer);
   * newest first.
   */
  Page<Reservation> list(Caller caller, ReservationFilter filter, PageRequest page);

  /** The listings and host profiles of the rows (two queries for a whole page), by row id. */
  Map<UUID, ReservationJoins> joins(UUID tenantId, Collection<ReservationView> rows);
}
