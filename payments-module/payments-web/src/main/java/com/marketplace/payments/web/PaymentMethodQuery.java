package com.marketplace.payments.web;

import jakarta.ws.rs.QueryParam;

/**
 * The filters of {@code GET /v1/paymentcustomermethods/:userId}; {@code cardInfo} is a JSON object,
 * e.g. {@code {"brand":"visa","last4":"4242"}}.
 */
public class PaymentMethodQuery {

  @QueryParam("paymentMethodId")
  String paymentMethodId;

  @QueryParam("customerId")
  String customerId;

  @QueryParam("cardHolderName")
  String cardHolderName;

  @QueryParam("cardHolderZip")
  String cardHolderZip;

  @QueryParam("platform")
  String platform;

  @QueryParam("cardInfo")
  String cardInfo;
}
