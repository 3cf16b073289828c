package com.marketplace.payments.web;

import jakarta.ws.rs.QueryParam;

/** The filters of {@code GET /v1/paymentcustomers}. */
public class CustomerQuery {

  @QueryParam("userId")
  String userId;

  @QueryParam("customerId")
  String customerId;

  @QueryParam("platform")
  String platform;
}
