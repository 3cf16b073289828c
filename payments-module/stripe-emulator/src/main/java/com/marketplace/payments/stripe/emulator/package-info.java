/**
 * A stateful, in-memory emulator of the part of the Stripe API that the payments module uses
 * (customers, payment methods, PaymentIntents, charges, refunds, events and signed webhooks).
 *
 * <p>It exists because Stripe cannot be reached from CI or a developer's local run, yet the
 * payments code must be exercised through the real {@code stripe-java} client: the emulator speaks
 * Stripe's wire format (form-encoded requests, Stripe-shaped JSON, idempotency keys, error bodies,
 * webhook signatures) so the client and the webhook verifier work unchanged.
 *
 * <p>Entry points: {@link com.marketplace.payments.stripe.emulator.StripeEmulator} (embedded) and
 * {@link com.marketplace.payments.stripe.emulator.StripeEmulatorMain} (standalone). Everything else
 * is package-private plumbing.
 */
package com.marketplace.payments.stripe.emulator;
