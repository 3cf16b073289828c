package com.marketplace.payments.stripe.emulator;

/**
 * Stripe's test PaymentMethod tokens and what happens when they are charged. Attaching or using a
 * token creates a fresh {@code pm_...} that keeps the token's behaviour.
 */
enum TestCard {
  VISA("pm_card_visa", "visa", "4242", "credit", Outcome.SUCCEED, null, null, null),
  VISA_DEBIT("pm_card_visa_debit", "visa", "5556", "debit", Outcome.SUCCEED, null, null, null),
  MASTERCARD(
      "pm_card_mastercard", "mastercard", "4444", "credit", Outcome.SUCCEED, null, null, null),
  AMEX("pm_card_amex", "amex", "8431", "credit", Outcome.SUCCEED, null, null, null),
  CHARGE_DECLINED(
      "pm_card_chargeDeclined",
      "visa",
      "0002",
      "credit",
      Outcome.DECLINE,
      "card_declined",
      "generic_decline",
      "Your card was declined."),
  INSUFFICIENT_FUNDS(
      "pm_card_chargeDeclinedInsufficientFunds",
      "visa",
      "9995",
      "credit",
      Outcome.DECLINE,
      "card_declined",
      "insufficient_funds",
      "Your card has insufficient funds."),
  LOST_CARD(
      "pm_card_chargeDeclinedLostCard",
      "visa",
      "9987",
      "credit",
      Outcome.DECLINE,
      "card_declined",
      "lost_card",
      "Your card was declined."),
  FRAUDULENT(
      "pm_card_chargeDeclinedFraudulent",
      "visa",
      "0019",
      "credit",
      Outcome.DECLINE,
      "card_declined",
      "fraudulent",
      "Your card was declined."),
  EXPIRED_CARD(
      "pm_card_chargeDeclinedExpiredCard",
      "visa",
      "0069",
      "credit",
      Outcome.DECLINE,
      "expired_card",
      "expired_card",
      "Your card has expired."),
  INCORRECT_CVC(
      "pm_card_chargeDeclinedIncorrectCvc",
      "visa",
      "0127",
      "credit",
      Outcome.DECLINE,
      "incorrect_cvc",
      "incorrect_cvc",
      "Your card's security code is incorrect."),
  /** Like Stripe's 4000 0027 6000 3184: every payment needs 3D Secure, off-session ones fail. */
  AUTHENTICATION_REQUIRED(
      "pm_card_authenticationRequired",
      "visa",
      "3184",
      "credit",
      Outcome.REQUIRE_ACTION,
      "authentication_required",
      "authentication_required",
      "Your card was declined. This transaction requires authentication."),
  /**
   * Emulator-only token (not Stripe's): the payment stays processing until the control API settles
   * it.
   */
  PROCESSING("pm_card_processing", "visa", "1629", "credit", Outcome.PROCESS, null, null, null);

  /** What confirming a PaymentIntent with this card does. */
  enum Outcome {
    SUCCEED,
    DECLINE,
    REQUIRE_ACTION,
    PROCESS
  }

  final String token;
  final String brand;
  final String last4;
  final String funding;
  final Outcome outcome;

  /** For declines: the error {@code code}, {@code decline_code} and message Stripe answers. */
  final String errorCode;

  final String declineCode;
  final String message;

  TestCard(
      String token,
      String brand,
      String last4,
      String funding,
      Outcome outcome,
      String errorCode,
      String declineCode,
      String message) {
    this.token = token;
    this.brand = brand;
    this.last4 = last4;
    this.funding = funding;
    this.outcome = outcome;
    this.errorCode = errorCode;
    this.declineCode = declineCode;
    this.message = message;
  }

  static TestCard ofToken(String id) {
    for (TestCard card : values()) {
      if (card.token.equals(id)) {
        return card;
      }
    }
    return null;
  }

  StripeApiError decline() {
    return StripeApiError.card(errorCode, declineCode, message);
  }
}
