package com.marketplace.booking.application;

import com.marketplace.booking.domain.Dispute;
import com.marketplace.booking.domain.ResolutionStatus;
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
import java.util.UUID;

/**
 * The disputes a caller may list: an admin every one of the tenant; anyone else those they raised,
 * are assigned to, or that concern a reservation they are the guest or host of. Newest first.
 */
final class DisputeQuery {

  private final EntityManager em;

  DisputeQuery(EntityManager em) {
    this.em = em;
  }

  Page<DisputeView> list(
      Caller caller, UUID reservationId, UUID raisedBy, String status, PageRequest page) {
    List<String> conditions = new ArrayList<>(List.of("d.tenantId = :tenant"));
    Map<String, Object> parameters = new LinkedHashMap<>(Map.of("tenant", caller.tenantId()));
    if (!caller.isAdmin()) {
      conditions.add(
          "(d.raisedBy = :me or d.adminId = :me or d.reservationId in"
              + " (select r.id from Reservation r where r.guestId = :me or r.hostId = :me))");
      parameters.put("me", caller.userId());
    }
    if (reservationId != null) {
      conditions.add("d.reservationId = :reservation");
      parameters.put("reservation", reservationId);
    }
    if (raisedBy != null) {
      conditions.add("d.raisedBy = :raisedBy");
      parameters.put("raisedBy", raisedBy);
    }
    if (status != null) {
      conditions.add("d.resolutionStatus = :status");
      parameters.put(
          "status", SpecEnum.parse(ResolutionStatus.class, "resolutionStatus", status).value());
    }
    String where = " from Dispute d where " + String.join(" and ", conditions);
    TypedQuery<Dispute> rows =
        em.createQuery("select d" + where + " order by d.createdAt desc, d.id", Dispute.class);
    TypedQuery<Long> total = em.createQuery("select count(d)" + where, Long.class);
    parameters.forEach(
        (name, value) -> {
          rows.setParameter(name, value);
          total.setParameter(name, value);
        });
    if (!page.all()) {
      rows.setFirstResult(page.offset()).setMaxResults(page.size());
    }
    return new Page<>(rows.getResultList(), page, total.getSingleResult()).map(DisputeView::of);
  }
}
