package com.marketplace.common.tracing;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The application's side of MicroProfile Telemetry. Payara traces each JAX-RS request itself once
 * {@code otel.sdk.disabled=false} (MicroProfile Config: an environment variable {@code
 * OTEL_SDK_DISABLED=false}, a domain config property, ...); this class adds what Payara does not
 * trace: Stripe calls, the outbox relay's sends, message consumers. When tracing is off (the
 * default) every method here is a pass-through: no span, no trace id, no cost beyond a field read.
 *
 * <p>Spans carry names and kinds only, and the attributes their callers set from fixed sets: never
 * a token, a card detail, a request body or an exception message.
 */
public final class Tracing {

  private static final String INSTRUMENTATION = "com.marketplace";
  private static volatile Boolean enabled;
  private static volatile Tracer tracer;

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
    if (!enabled()) {
      return null;
    }
    SpanContext span = Span.current().getSpanContext();
    return span.isValid()
        ? new Traceparent(span.getTraceId(), span.getSpanId(), span.isSampled()).toString()
        : null;
  }

  /** The current trace's id, or null when there is none. */
  public static String currentTraceId() {
    if (!enabled()) {
      return null;
    }
    SpanContext span = Span.current().getSpanContext();
    return span.isValid() ? span.getTraceId() : null;
  }

  /** Work whose failure the span records by the exception's type only. */
  @FunctionalInterface
  public interface Work<T, E extends Exception> {
    T run() throws E;
  }

  /** A call to another system (Stripe, a calendar server) in a CLIENT span. */
  public static <T, E extends Exception> T client(String name, Work<T, E> work) throws E {
    return inSpan(name, SpanKind.CLIENT, work);
  }

  /** {@code work} in a span of {@code kind} under the current one (or a new trace). */
  public static <T, E extends Exception> T inSpan(String name, SpanKind kind, Work<T, E> work)
      throws E {
    if (!enabled()) {
      return work.run();
    }
    Span span = tracer().spanBuilder(name).setSpanKind(kind).startSpan();
    try (Scope scope = span.makeCurrent()) {
      return work.run();
    } catch (Exception | Error e) {
      span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
      throw e;
    } finally {
      span.end();
    }
  }

  /**
   * Starts a span of {@code kind} whose parent is the span {@code traceparent} names (another
   * process's), or the current span when it names none; the caller makes it current and ends it.
   *
   * @return an invalid (no-op) span when tracing is off
   */
  public static Span start(String name, SpanKind kind, String traceparent) {
    if (!enabled()) {
      return Span.getInvalid();
    }
    Context parent =
        Traceparent.parse(traceparent).map(Tracing::remoteParent).orElseGet(Context::current);
    return tracer().spanBuilder(name).setSpanKind(kind).setParent(parent).startSpan();
  }

  /** {@code span}'s context as a {@code traceparent}, or null for an invalid span. */
  public static String traceparentOf(Span span) {
    SpanContext context = span.getSpanContext();
    return context.isValid()
        ? new Traceparent(context.getTraceId(), context.getSpanId(), context.isSampled()).toString()
        : null;
  }

  static Context remoteParent(Traceparent parent) {
    return Context.root()
        .with(
            Span.wrap(
                SpanContext.createFromRemoteParent(
                    parent.traceId(),
                    parent.spanId(),
                    parent.sampled() ? TraceFlags.getSampled() : TraceFlags.getDefault(),
                    TraceState.getDefault())));
  }

  /**
   * Payara's tracer for this application: its {@code GlobalOpenTelemetry} hands each application
   * its own SDK. The kernel jar lives in the EAR's {@code lib/}, so this cache is per application.
   */
  private static Tracer tracer() {
    Tracer current = tracer;
    if (current == null) {
      current = GlobalOpenTelemetry.getTracer(INSTRUMENTATION);
      tracer = current;
    }
    return current;
  }
}
