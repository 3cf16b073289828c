package com.marketplace.booking.infrastructure.persistence;

import com.marketplace.booking.application.payment.PaymentRecordQueries;
import com.marketplace.booking.application.payment.PaymentRecordView;
import com.marketplace.booking.domain.PaymentRecord;
import com.marketplace.booking.domain.PaymentRecordStatus;
import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.persistence.ListQuery;
import com.marketplace.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class JpaPaymentRecordQueries implements PaymentRecordQueries {

  @PersistenceContext(unitName = "booking")
  EntityManager em;

  @Override
  public Page<PaymentRecordView> list(
      Caller caller, UUID reservationId, PaymentRecordStatus status, PageRequest page) {
    ListQuery<PaymentRecord> query =
        ListQuery.of(PaymentRecord.class, caller.tenantId())
            .equal("reservationId", reservationId)
            .equal("paymentStatus", status);
    if (!caller.isAdmin()) {
      query.where("r.guestId = :me or r.hostId = :me", Map.of("me", caller.userId()));
    }
    return query.page(em, page).map(PaymentRecordView::of);
  }
}
