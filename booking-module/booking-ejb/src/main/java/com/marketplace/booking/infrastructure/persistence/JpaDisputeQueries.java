package com.marketplace.booking.infrastructure.persistence;

import com.marketplace.booking.application.dispute.DisputeQueries;
import com.marketplace.booking.application.dispute.DisputeView;
import com.marketplace.booking.domain.Dispute;
import com.marketplace.booking.domain.ResolutionStatus;
import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.persistence.ListQuery;
import com.marketplace.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.UUID;

/**
 * The disputes a caller may list: an admin every one of the tenant; anyone else those they raised,
 * are assigned to, or that concern a reservation they are the guest or host of. Newest first.
 */
@ApplicationScoped
public class JpaDisputeQueries implements DisputeQueries {

  @PersistenceContext(unitName = "booking")
  EntityManager em;

  @Override
  public Page<DisputeView> list(
      Caller caller,
      UUID reservationId,
      UUID raisedBy,
      ResolutionStatus resolution,
      PageRequest page) {
    ListQuery<Dispute> query =
        ListQuery.of(Dispute.class, caller.tenantId())
            .equal("reservationId", reservationId)
            .equal("raisedBy", raisedBy)
            .equal("resolutionStatus", resolution)
            .orderBy("r.createdAt desc, r.id");
    if (!caller.isAdmin()) {
      query.where(
          "r.raisedBy = :me or r.adminId = :me or r.reservationId in"
              + " (select s.id from Reservation s where s.guestId = :me or s.hostId = :me)",
          Map.of("me", caller.userId()));
    }
    return query.page(em, page).map(DisputeView::of);
  }
}
