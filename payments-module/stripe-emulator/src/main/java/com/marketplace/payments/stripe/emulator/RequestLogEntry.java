package com.marketplace.payments.stripe.emulator;

/**
 * One API request the emulator answered.
 *
 * @param idempotencyKey the {@code Idempotency-Key} header of a POST, else null
 * @param replayed whether the answer was replayed from an earlier request with the same key
 */
public record RequestLogEntry(
    String requestId,
    String method,
    String path,
    String idempotencyKey,
    int status,
    boolean replayed) {}
