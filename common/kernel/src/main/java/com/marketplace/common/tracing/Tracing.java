package com.marketplace.common.tracing;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The application's side of MicroProfile Telemetry. Payara traces each JAX-RS request itself once
 * {@code otel.sdk.disabled=false} (MicroProfile Config: an environment variable {@code
 * OTEL_SDK_DISABLED=false}, a domain config property, ...); this class adds what Payara does not
 * trace: Stripe calls, scheduled jobs, SQL statements sent through JDBC (EclipseLink's through
 * {@link TracedStatements}), and (through {@link Spans}) the outbox relay's sends and message
 * consumers. When tracing is off (the default) every method here is a pass-through: no span, no
 * trace id, no cost beyond a field read.
 *
 * <p>It names no OpenTelemetry type, so that code calling it runs where the OpenTelemetry API is
 * absent (a module's unit tests); {@link Spans} holds what needs the API, used only when on.
 *
 * <p>Spans carry names and kinds only, and the attributes their callers set from fixed sets (a SQL
 * statement's text without its literals): never a token, a card detail, a request body, a bound
 * value or an exception message.
 */
public final class Tracing {

  private static volatile Boolean enabled;

  private Tracing() {}

  /** Whether this application's OpenTelemetry SDK is on (MP Config {@code otel.sdk.disabled}). */
  public static boolean enabled() {
    Boolean on = enabled;
    if (on == null) {
      on = readEnabled();
      enabled = on;
    }
    return on;
  }

  private static boolean readEnabled() {
    try {
      return !ConfigProvider.getConfig()
          .getOptionalValue("otel.sdk.disabled", Boolean.class)
          .orElse(Boolean.TRUE);
    } catch (RuntimeException | LinkageError e) {
      return false; // no MicroProfile Config here (a unit test): no tracing
    }
  }

  /** The current span's context as a {@code traceparent}, or null when there is none. */
  public static String currentTraceparent() {
    return enabled() ? Spans.currentTraceparent() : null;
  }

  /** The current trace's id, or null when there is none. */
  public static String currentTraceId() {
    return enabled() ? Spans.currentTraceId() : null;
  }

  /** Work whose failure the span records by the exception's type only. */
  @FunctionalInterface
  public interface Work<T, E extends Exception> {
    T run() throws E;
  }

  /** A call to another system (Stripe, a calendar server) in a CLIENT span. */
  public static <T, E extends Exception> T client(String name, Work<T, E> work) throws E {
    return enabled() ? Spans.client(name, work) : work.run();
  }

  /**
   * One SQL statement sent through JDBC ({@code sql}: its text, with {@code ?} for each value) in a
   * CLIENT span below the current span, when there is one ({@link DatabaseSpans}).
   */
  public static <T, E extends Exception> T statement(String sql, Work<T, E> work) throws E {
    return enabled() ? DatabaseSpans.around(sql, work) : work.run();
  }

  /** Work of the application's own (a job's run) in an INTERNAL span. */
  public static <T, E extends Exception> T internal(String name, Work<T, E> work) throws E {
    return enabled() ? Spans.internal(name, work) : work.run();
  }
}
