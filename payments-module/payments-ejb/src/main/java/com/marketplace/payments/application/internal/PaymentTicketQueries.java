package com.marketplace.payments.application.internal;

import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.payments.application.PaymentTicketFilter;
import com.marketplace.payments.application.PaymentTicketView;
import com.marketplace.payments.domain.PaymentStatus;
import com.marketplace.payments.domain.TicketStatus;
import java.util.UUID;

/** The read side of payment tickets: the list routes. */
public interface PaymentTicketQueries {

  /**
   * The tenant's tickets of {@code orderType}, narrowed by {@code filter}, but with {@code
   * ownerId}, {@code paymentStatus} and {@code status} for its owner and statuses (a null one does
   * not narrow the list).
   */
  Page<PaymentTicketView> list(
      UUID tenantId,
      String orderType,
      UUID ownerId,
      PaymentStatus paymentStatus,
      TicketStatus status,
      PaymentTicketFilter filter,
      PageRequest page);
}
