package com.marketplace.payments.web;

import com.marketplace.common.api.Envelope;
import com.marketplace.common.web.QueryValues;
import com.marketplace.payments.application.PaymentTicketFilter;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;

/** The filters of a ticket list route, as query parameters. */
public class TicketQuery {

  @QueryParam("ownerId")
  String ownerId;

  @QueryParam("orderId")
  String orderId;

  @QueryParam("paymentId")
  String paymentId;

  @QueryParam("paymentStatus")
  String paymentStatus;

  @QueryParam("statusLiteral")
  String statusLiteral;

  @QueryParam("redirectUrl")
  String redirectUrl;

  PaymentTicketFilter filter() {
    return new PaymentTicketFilter(
        QueryValues.uuid("ownerId", ownerId),
        QueryValues.uuid("orderId", orderId),
        blankToNull(paymentId),
        blankToNull(paymentStatus),
        blankToNull(statusLiteral),
        blankToNull(redirectUrl));
  }

  /** The filters the envelope echoes. */
  List<Envelope.Filter> echoed() {
    PaymentTicketFilter filter = filter();
    List<Envelope.Filter> filters = new ArrayList<>();
    Filters.add(filters, "ownerId", filter.ownerId());
    Filters.add(filters, "orderId", filter.orderId());
    Filters.add(filters, "paymentId", filter.paymentId());
    Filters.add(filters, "paymentStatus", filter.paymentStatus());
    Filters.add(filters, "statusLiteral", filter.statusLiteral());
    Filters.add(filters, "redirectUrl", filter.redirectUrl());
    return filters;
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
