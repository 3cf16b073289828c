package com.marketplace.payments.application.internal;

import java.time.Duration;

/**
 * How long the platform waits before it repairs a payment.
 *
 * @param attemptGrace how long an attempt may stay in flight before it is looked up at Stripe and
 *     settled by someone else than the request that started it (longer than a Stripe call with all
 *     its retries can take)
 * @param abandonAfter how long a payment may wait for the customer (3-D Secure) before it is
 *     canceled and its order freed
 * @param reconciliationWindow how far back the reconciliation compares Stripe with the platform
 */
public record PaymentWindows(
    Duration attemptGrace, Duration abandonAfter, Duration reconciliationWindow) {}
