package com.marketplace.common.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.inject.spi.CDI;

/**
 * The OpenTelemetry side of {@link Tracing}, for the kernel's own instrumentation (the relay, the
 * consumer interceptor) and for {@link Tracing} when tracing is on.
 */
public final class Spans {

  private static final String INSTRUMENTATION = "com.marketplace";
  private static volatile Tracer tracer;

  private Spans() {}

  static String currentTraceparent() {
    return traceparentOf(Span.current());
  }

  static String currentTraceId() {
    SpanContext span = Span.current().getSpanContext();
    return span.isValid() ? span.getTraceId() : null;
  }

  static <T, E extends Exception> T client(String name, Tracing.Work<T, E> work) throws E {
    return run(name, SpanKind.CLIENT, work);
  }

  static <T, E extends Exception> T internal(String name, Tracing.Work<T, E> work) throws E {
    return run(name, SpanKind.INTERNAL, work);
  }

  private static <T, E extends Exception> T run(String name, SpanKind kind, Tracing.Work<T, E> work)
      throws E {
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
    if (!Tracing.enabled()) {
      return Span.getInvalid();
    }
    Context parent =
        Traceparent.parse(traceparent).map(Spans::remoteParent).orElseGet(Context::current);
    return tracer().spanBuilder(name).setSpanKind(kind).setParent(parent).startSpan();
  }

  /** Overwrites an attribute of the current span (Payara's, for a request). */
  public static void setOnCurrent(String key, String value) {
    Span.current().setAttribute(key, value);
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
   * The tracer of this application's SDK, as MicroProfile Telemetry provides it: the CDI bean
   * {@code OpenTelemetry} that Payara produces per application (configured from the application's
   * {@code otel.*} properties). Not {@code GlobalOpenTelemetry}: on Payara 6.2025.9 that stays the
   * no-op instance (its {@code get()} never returns null, so Payara never installs its own), and
   * every span made through it would be dropped. The kernel jar lives in the EAR's {@code lib/}, so
   * this cache is per application.
   */
  static Tracer tracer() {
    Tracer current = tracer;
    if (current == null) {
      current = CDI.current().select(OpenTelemetry.class).get().getTracer(INSTRUMENTATION);
      tracer = current;
    }
    return current;
  }
}
