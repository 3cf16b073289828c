package com.marketplace.common.logging;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What the current thread serves, for its log lines: a request's {@code requestId} and, for a
 * signed-in caller, {@code tenantId}; and {@code traceId} when the work is traced (a request, a
 * consumed message). Only these ids: never a token, a user's data or a card detail. Set by the
 * kernel's request filter when a request starts and cleared when its answer leaves, and by the
 * message tracing interceptor around a consumer.
 */
public final class LogContext {

  private static final ThreadLocal<Map<String, String>> CURRENT = new ThreadLocal<>();

  private LogContext() {}

  public static void begin(String requestId, UUID tenantId) {
    begin(requestId, tenantId, null);
  }

  /** {@code traceId}: the request's trace, or null when tracing is off. */
  public static void begin(String requestId, UUID tenantId, String traceId) {
    Map<String, String> fields = new HashMap<>(4);
    fields.put("requestId", requestId);
    if (tenantId != null) {
      fields.put("tenantId", tenantId.toString());
    }
    if (traceId != null) {
      fields.put("traceId", traceId);
    }
    CURRENT.set(Map.copyOf(fields));
  }

  /** A consumed message's trace; nothing when it has none. */
  public static void beginTrace(String traceId) {
    if (traceId != null) {
      CURRENT.set(Map.of("traceId", traceId));
    }
  }

  public static void end() {
    CURRENT.remove();
  }

  /**
   * The current work's fields, or {@code null} outside a request or traced message (timers,
   * untraced consumers).
   */
  static Map<String, String> current() {
    return CURRENT.get();
  }
}
