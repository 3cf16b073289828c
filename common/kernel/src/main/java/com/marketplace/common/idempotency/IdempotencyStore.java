package com.marketplace.common.idempotency;

import java.util.UUID;

/**
 * Where idempotency keys are claimed and first responses kept. Every method runs in a transaction
 * of its own: a claim must be visible to a concurrent duplicate before the request it guards has
 * finished.
 */
public interface IdempotencyStore {

  /** Claims {@code key} for a request whose method, path and body hash to {@code requestHash}. */
  Claim claim(UUID tenantId, UUID userId, String key, String requestHash);

  /** Keeps the first response, to be replayed for every later request with the same key. */
  void complete(UUID tenantId, UUID userId, String key, StoredResponse response);

  /** Gives the key up after a server failure, so that the client's retry can run. */
  void release(UUID tenantId, UUID userId, String key);

  /** The response to replay. */
  record StoredResponse(int status, String contentType, byte[] body) {}

  /** The outcome of a claim. */
  sealed interface Claim {}

  /** The key is new: run the request. */
  record Granted() implements Claim {}

  /** The key was used for this same request, which finished: replay its response. */
  record Replay(StoredResponse response) implements Claim {}

  /** The key was used for a different request: 422. */
  record Mismatch() implements Claim {}

  /** The same request with this key is still running: 409, try again later. */
  record InProgress() implements Claim {}
}
