package com.marketplace.payments.infrastructure.persistence;

import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.persistence.ListQuery;
import com.marketplace.payments.application.PaymentTicketFilter;
import com.marketplace.payments.application.PaymentTicketView;
import com.marketplace.payments.application.internal.PaymentTicketQueries;
import com.marketplace.payments.application.internal.PaymentTicketViews;
import com.marketplace.payments.domain.PaymentStatus;
import com.marketplace.payments.domain.PaymentTicket;
import com.marketplace.payments.domain.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

@ApplicationScoped
public class JpaPaymentTicketQueries implements PaymentTicketQueries {

  @PersistenceContext(unitName = "payments")
  EntityManager em;

  @Override
  public Page<PaymentTicketView> list(
      UUID tenantId,
      String orderType,
      UUID ownerId,
      PaymentStatus paymentStatus,
      TicketStatus status,
      PaymentTicketFilter filter,
      PageRequest page) {
    return ListQuery.of(PaymentTicket.class, tenantId)
        .equal("orderType", orderType)
        .equal("ownerId", ownerId)
        .equal("orderId", filter.orderId())
        .equal("paymentId", filter.paymentId())
        .equal("paymentStatus", paymentStatus)
        .equal("status", status)
        .equal("redirectUrl", filter.redirectUrl())
        .page(em, page)
        .map(PaymentTicketViews::of);
  }
}
