package com.marketplace.payments.infrastructure.stripe;

import com.marketplace.common.money.Money;
import com.marketplace.payments.domain.PaymentStatus;
import java.time.Instant;

/**
 * What Stripe says about a PaymentIntent now: its status, and for {@code requires_action} what the
 * customer's browser must do (the client secret for Stripe.js, or a URL to visit).
 */
public record IntentState(
    String id,
    PaymentStatus status,
    Money amount,
    String clientSecret,
    String nextActionType,
    String nextActionUrl,
    String declineCode,
    Instant observedAt) {}
