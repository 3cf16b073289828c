package com.marketplace.platform.retention;

import java.time.Duration;

/**
 * A table that only grows, the column that dates its rows, and how long its rows are kept: by
 * default and at least. The floors keep what the rows exist for: a client may retry with the same
 * Idempotency-Key for a day, and Stripe redelivers an event for up to three days. A sent outbox row
 * is kept for diagnosis only.
 */
public enum RetainedTable {
  IDEMPOTENCY_RECORDS(
      "platform.idempotency_record",
      "created_at",
      "RETENTION_IDEMPOTENCY_RECORDS",
      Duration.ofHours(48),
      Duration.ofHours(24)),
  INBOUND_MESSAGES(
      "platform.inbound_message",
      "processed_at",
      "RETENTION_INBOUND_MESSAGES",
      Duration.ofDays(30),
      Duration.ofDays(1)),
  /** Read-only to the payments module's code: only rows older than the window go. */
  WEBHOOK_EVENTS(
      "payments.processed_webhook_event",
      "processed_at",
      "RETENTION_WEBHOOK_EVENTS",
      Duration.ofDays(30),
      Duration.ofDays(3)),
  /**
   * The modules' outboxes: only rows the relay marked sent are dated ({@code sent_at}), so an event
   * still waiting for the broker is never deleted, however old.
   */
  BOOKING_OUTBOX(
      "booking.outbox_event",
      "sent_at",
      "RETENTION_OUTBOX_EVENTS",
      Duration.ofDays(7),
      Duration.ofHours(1)),
  ENROLLMENT_OUTBOX(
      "enrollment.outbox_event",
      "sent_at",
      "RETENTION_OUTBOX_EVENTS",
      Duration.ofDays(7),
      Duration.ofHours(1));

  private final String table;
  private final String timeColumn;
  private final String configKey;
  private final Duration defaultWindow;
  private final Duration minimumWindow;

  RetainedTable(
      String table,
      String timeColumn,
      String configKey,
      Duration defaultWindow,
      Duration minimumWindow) {
    this.table = table;
    this.timeColumn = timeColumn;
    this.configKey = configKey;
    this.defaultWindow = defaultWindow;
    this.minimumWindow = minimumWindow;
  }

  /** Deletes up to {@code ?2} rows older than {@code ?1} seconds, oldest first. */
  String deleteBatchSql() {
    return "delete from "
        + table
        + " where ctid = any(array(select ctid from "
        + table
        + " where "
        + timeColumn
        + " < now() - make_interval(secs => ?1) order by "
        + timeColumn
        + " limit ?2))";
  }

  public String table() {
    return table;
  }

  public String configKey() {
    return configKey;
  }

  public Duration defaultWindow() {
    return defaultWindow;
  }

  public Duration minimumWindow() {
    return minimumWindow;
  }
}
