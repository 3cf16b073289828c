package com.marketplace.payments.application;

import com.marketplace.common.error.ApiException;

/** The card was declined: 422 with Stripe's decline code; the order stays payable. */
public class PaymentDeclined extends ApiException {

  private final String declineCode;
  private final String paymentIntentId;

  public PaymentDeclined(String declineCode, String userMessage, String paymentIntentId) {
    super(
        422,
        "errMsg_paymentDeclined",
        (userMessage == null ? "The card was declined" : userMessage)
            + " ("
            + (declineCode == null ? "card_declined" : declineCode)
            + ")");
    this.declineCode = declineCode;
    this.paymentIntentId = paymentIntentId;
  }

  /** The PaymentIntent the declined attempt belongs to, if Stripe created one. */
  public String paymentIntentId() {
    return paymentIntentId;
  }

  public String declineCode() {
    return declineCode;
  }
}
