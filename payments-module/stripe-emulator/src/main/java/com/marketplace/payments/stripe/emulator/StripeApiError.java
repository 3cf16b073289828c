package com.marketplace.payments.stripe.emulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * An error answered in Stripe's format ({@code {"error": {...}}}). Thrown anywhere below the HTTP
 * handlers so that validation can bail out from deep inside an endpoint.
 */
final class StripeApiError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient JsonObject error;

  private StripeApiError(int status, String type, String code, String message, String param) {
    super(message);
    this.status = status;
    this.error = Json.object("type", type, "message", message);
    if (code != null) {
      error.addProperty("code", code);
      error.addProperty("doc_url", "https://stripe.com/docs/error-codes/" + code.replace('_', '-'));
    }
    if (param != null) {
      error.addProperty("param", param);
    }
  }

  static StripeApiError invalidRequest(String code, String message, String param) {
    return new StripeApiError(400, "invalid_request_error", code, message, param);
  }

  static StripeApiError resourceMissing(String message, String param) {
    return new StripeApiError(404, "invalid_request_error", "resource_missing", message, param);
  }

  static StripeApiError notFound(String message) {
    return new StripeApiError(404, "invalid_request_error", null, message, null);
  }

  static StripeApiError unauthorized(String message) {
    return new StripeApiError(401, "invalid_request_error", null, message, null);
  }

  static StripeApiError card(String code, String declineCode, String message) {
    StripeApiError failure = new StripeApiError(402, "card_error", code, message, null);
    if (declineCode != null) {
      failure.error.addProperty("decline_code", declineCode);
    }
    return failure;
  }

  static StripeApiError idempotency(String code, int status, String message) {
    return new StripeApiError(status, "idempotency_error", code, message, null);
  }

  static StripeApiError api(String message) {
    return new StripeApiError(500, "api_error", null, message, null);
  }

  /**
   * Adds a field such as {@code payment_intent} or {@code charge}, as Stripe does for card errors.
   */
  StripeApiError with(String field, Object value) {
    error.add(field, Json.of(value));
    return this;
  }

  int status() {
    return status;
  }

  /** A copy of the inner {@code error} object, e.g. for a PaymentIntent's last_payment_error. */
  JsonObject error() {
    return error.deepCopy();
  }

  /** The answer body; {@code requestId} is null for the control API, which Stripe has no log of. */
  JsonElement body(String requestId) {
    JsonObject inner = error.deepCopy();
    if (requestId != null) {
      inner.addProperty("request_log_url", "https://dashboard.stripe.com/test/logs/" + requestId);
    }
    return Json.object("error", inner);
  }
}
