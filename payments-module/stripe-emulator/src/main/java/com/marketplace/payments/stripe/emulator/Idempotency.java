package com.marketplace.payments.stripe.emulator;

import com.google.gson.JsonObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Stripe's idempotency keys, scoped per API key: a repeated key with the same method, path and
 * parameters replays the first answer; with anything else it is refused; while the first request is
 * still running, a repeat gets 409 so that the client backs off and retries.
 */
final class Idempotency {

  /** An answer kept for replay, with the request it answered. */
  record Stored(String method, String path, JsonObject params, RenderedResponse response) {}

  private final Map<String, Stored> completed = new HashMap<>();
  private final Set<String> inFlight = new HashSet<>();

  /**
   * Claims {@code key} for a new request, or answers the stored response to replay. A caller that
   * got null must call {@link #finish} when done.
   */
  synchronized Stored begin(
      String apiKey, String key, String method, String path, JsonObject params) {
    String scoped = scope(apiKey, key);
    Stored stored = completed.get(scoped);
    if (stored != null) {
      if (!stored.method.equals(method)
          || !stored.path.equals(path)
          || !stored.params.equals(params)) {
        throw StripeApiError.idempotency(
            null,
            400,
            "Keys for idempotent requests can only be used "
                + "with the same parameters they were first used with. Try using a key other than '"
                + key
                + "' if you meant to execute a different request.");
      }
      return stored;
    }
    if (!inFlight.add(scoped)) {
      throw StripeApiError.idempotency(
          "idempotency_key_in_use",
          409,
          "There is currently another "
              + "in-progress request using this Idempotent Key (probably because of a timeout). Please "
              + "retry this request later.");
    }
    return null;
  }

  /** Releases the claim; {@code result} is kept for replay unless null. */
  synchronized void finish(String apiKey, String key, Stored result) {
    String scoped = scope(apiKey, key);
    inFlight.remove(scoped);
    if (result != null) {
      completed.put(scoped, result);
    }
  }

  /**
   * Keys claimed by requests still running stay claimed: their {@link #finish} is still to come.
   */
  synchronized void clear() {
    completed.clear();
  }

  private static String scope(String apiKey, String key) {
    return apiKey + '\n' + key;
  }
}
