package com.marketplace.payments.application;

import java.util.UUID;

/** The filters of the ticket list routes; a null filter does not narrow the list. */
public record PaymentTicketFilter(
    UUID ownerId,
    UUID orderId,
    String paymentId,
    String paymentStatus,
    String statusLiteral,
    String redirectUrl) {}
