package com.marketplace.platform.retention;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionWindowsTest {

  private static RetentionWindows read(Map<String, String> values) {
    return RetentionWindows.read(key -> Optional.ofNullable(values.get(key)));
  }

  @Test
  void defaultsOutlastEveryRetryAndRedelivery() {
    RetentionWindows defaults = read(Map.of());
    assertThat(defaults.of(RetainedTable.IDEMPOTENCY_RECORDS), is(Duration.ofHours(48)));
    assertThat(defaults.of(RetainedTable.INBOUND_MESSAGES), is(Duration.ofDays(30)));
    assertThat(defaults.of(RetainedTable.WEBHOOK_EVENTS), is(Duration.ofDays(30)));
  }

  @Test
  void readsIsoDurations() {
    RetentionWindows windows =
        read(Map.of("RETENTION_WEBHOOK_EVENTS", "P7D", "RETENTION_IDEMPOTENCY_RECORDS", "PT72H"));
    assertThat(windows.of(RetainedTable.WEBHOOK_EVENTS), is(Duration.ofDays(7)));
    assertThat(windows.of(RetainedTable.IDEMPOTENCY_RECORDS), is(Duration.ofHours(72)));
  }

  @Test
  void refusesAWindowShorterThanStripesRedeliveryPeriod() {
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> read(Map.of("RETENTION_WEBHOOK_EVENTS", "P2D")));
    assertThat(e.getMessage(), containsString("RETENTION_WEBHOOK_EVENTS"));
  }

  @Test
  void refusesAnIdempotencyWindowShorterThanADay() {
    assertThrows(
        IllegalArgumentException.class,
        () -> read(Map.of("RETENTION_IDEMPOTENCY_RECORDS", "PT1H")));
  }

  @Test
  void refusesWhatIsNotADuration() {
    assertThrows(
        IllegalArgumentException.class, () -> read(Map.of("RETENTION_INBOUND_MESSAGES", "30")));
  }

  @Test
  void deletesOnlyRowsOlderThanTheWindowInBoundedBatches() {
    String sql = RetainedTable.WEBHOOK_EVENTS.deleteBatchSql();
    assertThat(
        sql,
        is(
            "delete from payments.processed_webhook_event where ctid = any(array(select ctid"
                + " from payments.processed_webhook_event where processed_at < now() -"
                + " make_interval(secs => ?1) order by processed_at limit ?2))"));
  }

  @Test
  void outboxRowsAreDatedBySendingSoThatUnsentOnesAreNeverDeleted() {
    assertThat(read(Map.of()).of(RetainedTable.BOOKING_OUTBOX), is(Duration.ofDays(7)));
    assertThat(
        read(Map.of("RETENTION_OUTBOX_EVENTS", "PT2H")).of(RetainedTable.ENROLLMENT_OUTBOX),
        is(Duration.ofHours(2)));
    // sent_at < x is never true for null: an unsent row is not selected, however old
    assertThat(
        RetainedTable.BOOKING_OUTBOX.deleteBatchSql(),
        containsString("from booking.outbox_event where sent_at < now()"));
  }
}
