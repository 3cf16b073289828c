package com.marketplace.payments.stripe.emulator;

/**
 * The API request behind a state change, reported in an event's {@code request} field; both parts
 * are null for changes made through the control API, as for changes Stripe makes on its own.
 */
record Origin(String requestId, String idempotencyKey) {

  static final Origin AUTOMATIC = new Origin(null, null);
}
