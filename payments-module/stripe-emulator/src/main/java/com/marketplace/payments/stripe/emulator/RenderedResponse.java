package com.marketplace.payments.stripe.emulator;

/** An API answer as sent on the wire, kept as text so an idempotent replay is byte-identical. */
record RenderedResponse(int status, String body, String requestId) {}
