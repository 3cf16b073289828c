package com.marketplace.payments.application;

/**
 * The filters of {@code GET /v1/paymentcustomermethods/:userId}; {@code cardInfo} matches the card
 * fields it names (brand, last4, expMonth, expYear). A null filter does not narrow the list.
 */
public record PaymentMethodFilter(
    String paymentMethodId,
    String customerId,
    String cardHolderName,
    String cardHolderZip,
    String platform,
    PaymentMethodView.CardInfo cardInfo) {}
