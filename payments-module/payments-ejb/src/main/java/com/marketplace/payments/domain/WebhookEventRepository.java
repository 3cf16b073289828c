package com.marketplace.payments.domain;

/** The Stripe webhook events applied already, each once (the database's key is the event id). */
public interface WebhookEventRepository {

  /** Whether the event was recorded as processed. */
  boolean processed(String eventId);

  /**
   * Records the event as processed with {@code outcome}, unless it is recorded already.
   *
   * @return true if this call recorded it (false: a concurrent or earlier delivery did)
   */
  boolean recordFirst(String eventId, String eventType, String outcome);

  /** Replaces the recorded outcome of the event. */
  void outcome(String eventId, String outcome);
}
