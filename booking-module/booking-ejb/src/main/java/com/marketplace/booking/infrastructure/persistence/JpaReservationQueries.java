package com.marketplace.booking.application.reservation;

import com.marketplace.booking.domain.BookingStatus;
import com.marketplace.booking.domain.Reservation;
import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.api.SpecEnum;
import com.marketplace.common.persistence.ListQuery;
import com.marketplace.common.security.Caller;
import jakarta.persistence.EntityManager;
import java.util.Map;

/**
 * The reservations a caller may list: an admin every one of the tenant, anyone else those where
 * they are the guest or the host; then the client's filters; newest first.
 */
final class ReservationQueries {

  private final EntityManager em;

  ReservationQueries(EntityManager em) {
    this.em = em;
  }

  Page<Reservation> list(Caller caller, ReservationFilter filter, PageRequest page) {
    BookingStatus status =
        SpecEnum.parse(BookingStatus.class, "bookingStatus", filter.bookingStatus());
    ListQuery<Reservation> query =
        ListQuery.of(Reservation.class, caller.tenantId())
            .equal("guestId", filter.guestId())
            .equal("hostId", filter.hostId())
            .equal("listingId", filter.listingId())
            .equal("bookingStatus", status == null ? null : status.value())
            .orderBy("r.createdAt desc, r.id");
    if (!caller.isAdmin()) {
      query.where("r.guestId = :me or r.hostId = :me", Map.of("me", caller.userId()));
    }
    return query.page(em, page);
  }
}
