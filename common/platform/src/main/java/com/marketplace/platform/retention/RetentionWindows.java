package com.marketplace.platform.retention;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How long each {@link RetainedTable} keeps its rows: ISO-8601 durations under the table's key
 * (e.g. {@code RETENTION_WEBHOOK_EVENTS=P30D}, {@code RETENTION_IDEMPOTENCY_RECORDS=PT48H}). A
 * window below the table's floor is refused, so that a typo cannot delete what is still needed.
 */
public final class RetentionWindows {

  private final Map<RetainedTable, Duration> windows;

  private RetentionWindows(Map<RetainedTable, Duration> windows) {
    this.windows = Map.copyOf(windows);
  }

  /**
   * @param config a key to its configured value
   * @throws IllegalArgumentException for a window that is not a duration or is below its floor
   */
  public static RetentionWindows read(Function<String, Optional<String>> config) {
    Map<RetainedTable, Duration> windows = new EnumMap<>(RetainedTable.class);
    for (RetainedTable table : RetainedTable.values()) {
      Duration window =
          config.apply(table.configKey()).map(v -> parse(table, v)).orElse(table.defaultWindow());
      if (window.compareTo(table.minimumWindow()) < 0) {
        throw new IllegalArgumentException(
            table.configKey() + "=" + window + " is below its floor of " + table.minimumWindow());
      }
      windows.put(table, window);
    }
    return new RetentionWindows(windows);
  }

  public Duration of(RetainedTable table) {
    return windows.get(table);
  }

  private static Duration parse(RetainedTable table, String value) {
    try {
      return Duration.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          table.configKey() + " is not an ISO-8601 duration (e.g. P30D, PT48H): " + value, e);
    }
  }
}
