/**
 * Stripe, through the real stripe-java client only. Every mutating call carries an idempotency key
 * derived from our own ids, so no retry (stripe-java's, ours or the client's) can charge or refund
 * twice. Pointed at the local Stripe emulator by {@code STRIPE_API_BASE} in tests and the local
 * run; with a real {@code sk_test_} key and no override it talks to Stripe.
 */
package com.marketplace.payments.infrastructure.stripe;
