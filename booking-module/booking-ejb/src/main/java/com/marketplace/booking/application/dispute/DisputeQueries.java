package com.marketplace.booking.application.dispute;

import com.marketplace.booking.domain.ResolutionStatus;
import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.security.Caller;
import java.util.UUID;

/** The read side of disputes. */
public interface DisputeQueries {

  /**
   * The disputes a caller may list: an admin every one of the tenant; anyone else those they
   * raised, are assigned to, or that concern a reservation they are the guest or host of. Newest
   * first.
   */
  Page<DisputeView> list(
      Caller caller, UUID reservationId, UUID raisedBy, ResolutionStatus status, PageRequest page);
}
