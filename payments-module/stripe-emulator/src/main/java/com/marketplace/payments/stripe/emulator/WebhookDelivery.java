package com.marketplace.payments.stripe.emulator;

/**
 * One attempt to deliver an event to the webhook endpoint.
 *
 * @param attempt 1 for the first try, then 2, 3... for automatic retries; a redelivery starts at 1
 *     again
 * @param statusCode the endpoint's HTTP status, or 0 when no response arrived
 * @param error why no response arrived, else null
 */
public record WebhookDelivery(
    String eventId, String eventType, int attempt, int statusCode, String error) {

  public boolean succeeded() {
    return statusCode >= 200 && statusCode < 300;
  }
}
