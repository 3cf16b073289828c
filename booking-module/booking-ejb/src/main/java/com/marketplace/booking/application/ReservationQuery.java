package com.marketplace.booking.application;

import com.marketplace.booking.domain.BookingStatus;
import com.marketplace.booking.domain.Reservation;
import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.api.SpecEnum;
import com.marketplace.common.security.Caller;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reservations a caller may list: an admin every one of the tenant, anyone else those where
 * they are the guest or the host; then the client's filters; newest first.
 */
final class ReservationQuery {

  private final EntityManager em;

  ReservationQuery(EntityManager em) {
    this.em = em;
  }

  Page<Reservation> list(Caller caller, ReservationFilter filter, PageRequest page) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    conditions.add("r.tenantId = :tenant");
    parameters.put("tenant", caller.tenantId());
    if (!caller.isAdmin()) {
      conditions.add("(r.guestId = :me or r.hostId = :me)");
      parameters.put("me", caller.userId());
    }
    equal(conditions, parameters, "guestId", filter.guestId());
    equal(conditions, parameters, "hostId", filter.hostId());
    equal(conditions, parameters, "listingId", filter.listingId());
    if (filter.bookingStatus() != null) {
      BookingStatus status =
          SpecEnum.parse(BookingStatus.class, "bookingStatus", filter.bookingStatus());
      equal(conditions, parameters, "bookingStatus", status.value());
    }
    String where = " from Reservation r where " + String.join(" and ", conditions);
    TypedQuery<Reservation> rows =
        em.createQuery("select r" + where + " order by r.createdAt desc, r.id", Reservation.class);
    TypedQuery<Long> total = em.createQuery("select count(r)" + where, Long.class);
    parameters.forEach(
        (name, value) -> {
          rows.setParameter(name, value);
          total.setParameter(name, value);
        });
    if (!page.all()) {
      rows.setFirstResult(page.offset()).setMaxResults(page.size());
    }
    return new Page<>(rows.getResultList(), page, total.getSingleResult());
  }

  private static void equal(
      List<String> conditions, Map<String, Object> parameters, String field, Object value) {
    if (value != null) {
      conditions.add("r." + field + " = :" + field);
      parameters.put(field, value);
    }
  }
}
