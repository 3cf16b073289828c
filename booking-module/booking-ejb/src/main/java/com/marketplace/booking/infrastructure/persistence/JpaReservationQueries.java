package com.marketplace.booking.infrastructure.persistence;

import com.marketplace.booking.application.reservation.ReservationFilter;
import com.marketplace.booking.application.reservation.ReservationJoins;
import com.marketplace.booking.application.reservation.ReservationQueries;
import com.marketplace.booking.application.reservation.ReservationView;
import com.marketplace.booking.domain.BookingStatus;
import com.marketplace.booking.domain.Reservation;
import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.persistence.BranchedListQuery;
import com.marketplace.common.persistence.ListQuery;
import com.marketplace.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The reservations a caller may list: an admin every one of the tenant, anyone else those where
 * they are the guest or the host; then the client's filters; newest first.
 */
@ApplicationScoped
public class JpaReservationQueries implements ReservationQueries {

  @PersistenceContext(unitName = "booking")
  EntityManager em;

  @Override
  public Page<Reservation> list(Caller caller, ReservationFilter filter, PageRequest page) {
    if (caller.isAdmin()) {
      return ListQuery.of(Reservation.class, caller.tenantId())
          .equal("guestId", filter.guestId())
          .equal("hostId", filter.hostId())
          .equal("listingId", filter.listingId())
          .equal("bookingStatus", filter.bookingStatus())
          .orderBy("r.createdAt desc, r.id")
          .page(em, page);
    }
    // the caller's stays as host, then as guest of someone else's listing (indexes of V6)
    UUID me = caller.userId();
    return BranchedListQuery.of(Reservation.class, caller.tenantId())
        .equal("guest_id", filter.guestId())
        .equal("host_id", filter.hostId())
        .equal("listing_id", filter.listingId())
        .equal("booking_status", BookingStatus.Column.word(filter.bookingStatus()))
        .branch("host_id = ?", me)
        .branch("guest_id = ? and host_id <> ?", me, me)
        .orderBy("created_at desc, id")
        .page(em, page);
  }

  @Override
  public Map<UUID, ReservationJoins> joins(UUID tenantId, Collection<ReservationView> rows) {
    return new JpaReservationJoins(em).of(tenantId, rows);
  }
}
