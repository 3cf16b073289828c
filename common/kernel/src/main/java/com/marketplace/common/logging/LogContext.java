package com.marketplace.common.logging;

import java.util.Map;
import java.util.UUID;

/**
 * The request the current thread serves, for its log lines: {@code requestId} and, for a signed-in
 * caller, {@code tenantId}. Only these two ids: never a token, a user's data or a card detail. Set
 * by the kernel's request filter when a request starts and cleared when its answer leaves.
 */
public final class LogContext {

  private static final ThreadLocal<Map<String, String>> CURRENT = new ThreadLocal<>();

  private LogContext() {}

  public static void begin(String requestId, UUID tenantId) {
    CURRENT.set(
        tenantId == null
            ? Map.of("requestId", requestId)
            : Map.of("requestId", requestId, "tenantId", tenantId.toString()));
  }

  public static void end() {
    CURRENT.remove();
  }

  /**
   * The current request's fields, or {@code null} outside a request (timers, message consumers).
   */
  static Map<String, String> current() {
    return CURRENT.get();
  }
}
