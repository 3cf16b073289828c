package com.marketplace.payments.application.internal;

import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.payments.application.PaymentTicketFilter;
import com.marketplace.payments.application.PaymentTicketView;
import com.marketplace.payments.domain.PaymentStatus;
import java.util.UUID;

/** The read side of payment tickets: the list routes. */
public interface PaymentTicketQueries {

  /**
   * The tenant's tickets of {@code orderType}, narrowed by {@code filter}, but with {@code ownerId}
   * and {@code paymentStatus} for its owner and status (a null one does not narrow the list).
   */
  Page<PaymentTicketView> list(
      UUID tenantId,
      String orderType,
      UUID ownerId,
      PaymentStatus paymentStatus,
      PaymentTicketFilter filter,
      PageRequest page);
}
