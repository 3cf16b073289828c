package com.marketplace.payments.application.internal;

import com.marketplace.payments.application.PayableOrder;
import com.marketplace.payments.application.PaymentResult;
import com.marketplace.payments.domain.PaymentStatus;
import com.marketplace.payments.domain.PaymentTicket;
import com.marketplace.payments.infrastructure.stripe.IntentState;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the spec's paymentResult from a ticket and what Stripe said. */
public final class PaymentResults {

  private PaymentResults() {}

  public static PaymentResult of(
      PaymentTicket ticket,
      PayableOrder order,
      IntentState state,
      String declineCode,
      String paymentMethodId) {
    Map<String, Object> intent = new LinkedHashMap<>();
    if (state != null) {
      putIfPresent(intent, "clientSecret", state.clientSecret());
      putIfPresent(intent, "nextActionType", state.nextActionType());
      putIfPresent(intent, "nextActionUrl", state.nextActionUrl());
    }
    putIfPresent(intent, "declineCode", declineCode);
    Map<String, Object> userParams = new LinkedHashMap<>();
    putIfPresent(userParams, "paymentMethodId", paymentMethodId);
    PaymentStatus status = ticket.paymentStatus();
    return new PaymentResult(
        ticket.id(),
        ticket.orderId(),
        ticket.paymentId(),
        status == null ? null : status.stripeName(),
        intent,
        PublishedStatuses.of(ticket.status()),
        ticket.amount().toMajor(),
        ticket.amount().currency().getCurrencyCode(),
        status == PaymentStatus.SUCCEEDED,
        order == null ? null : order.description(),
        Map.of("orderType", ticket.orderType(), "orderId", ticket.orderId().toString()),
        userParams);
  }

  private static void putIfPresent(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
